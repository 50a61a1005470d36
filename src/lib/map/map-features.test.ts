import { describe, expect, it } from 'vitest';
import type { Place } from '../journey/schema';
import type { Journey } from '../journey/types';
import { tinyGeodata, tinyJourney } from '../journey/fixtures/tiny-geodata';
import { stopFeatures } from './map-features';

const places = (): Record<string, Place> =>
	Object.fromEntries(tinyGeodata().places.map((p) => [p.properties.id, p.properties]));
const another = (): Journey => {
	const j = tinyJourney();
	return { ...j, meta: { ...j.meta, id: 'another' } };
};
const labels = (journeys: Journey[], byId = places()) =>
	stopFeatures(journeys, byId, {})
		.features.filter((f) => f.properties.label)
		.map((f) => f.properties.name)
		.sort();

describe('stop labels', () => {
	it('label each place once, however often the journey stops there', () => {
		const names = tinyJourney().stops.map((s) => s.properties.place);
		expect(labels([tinyJourney()])).toEqual([...new Set(names)].sort());
	});

	it('label a place once when two journeys drawn both stop there', () => {
		expect(labels([tinyJourney(), another()])).toEqual(labels([tinyJourney()]));
	});

	it('label two places that share a name but not a point, each', () => {
		const byId = places();
		const beta = byId.beta;
		if (!beta) throw new Error('the tiny world has a place beta');
		byId.beta = { ...beta, name: 'alpha' };
		expect(labels([tinyJourney()], byId).filter((n) => n === 'alpha')).toHaveLength(2);
	});
});
