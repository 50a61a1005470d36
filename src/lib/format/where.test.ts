import { describe, expect, it } from 'vitest';
import { whereNow, whereNowText } from './where';
import { buildJourneyIndex } from '$lib/journey/journey-index';
import { positionAt } from '$lib/journey/position';
import { tinyGeodata, tinyJourney } from '$lib/journey/fixtures/tiny-geodata';

const journey = tinyJourney();
const index = buildJourneyIndex(journey);
const places = Object.fromEntries(tinyGeodata().places.map((p) => [p.id, p.properties]));
const at = (tDay: number) =>
	whereNowText(whereNow(journey, index, positionAt(index, tDay), places));

describe('where the journey is, in words', () => {
	it('names the stop while staying there', () => {
		expect(at(index.stops[0]!.tArrive)).toBe('alpha');
	});

	it('names both ends and the mode while travelling', () => {
		const [a, b] = [index.stops[1]!.tDepart, index.stops[2]!.tArrive];
		expect(at((a + b) / 2)).toBe('between gamma and delta, by road');
		const [c, d] = [index.stops[0]!.tDepart, index.stops[1]!.tArrive];
		expect(at((c + d) / 2)).toBe('between alpha and gamma, by rail');
	});

	it('says "last placed" between trips, where nothing is known', () => {
		const [end1, start2] = [index.stops[2]!.tDepart, index.stops[3]!.tArrive];
		expect(at((end1 + start2) / 2)).toBe('last placed at delta');
	});
});
