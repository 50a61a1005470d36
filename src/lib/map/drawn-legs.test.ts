import { describe, expect, it } from 'vitest';
import { syntheticJourney } from '$lib/journey/fixtures/synthetic';
import { drawnLine, ROUTE_MAX_VERTICES } from './drawn-legs';
import { WHOLE_LEG_VERTICES } from './line-zooms';
import { legFeatures, legLines } from './map-features';

describe('drawn legs', () => {
	const short = syntheticJourney({ trips: 2, verticesPerTrip: 400, id: 'short' });
	const long = syntheticJourney({ trips: 1, verticesPerTrip: 120_000, legsPerTrip: 2, id: 'long' });

	it('switch the route on once loaded', () => {
		expect(legLines.draw).toBe(drawnLine);
	});

	it('leave legs of up to WHOLE_LEG_VERTICES as they are', () => {
		const fc = legFeatures([short], {});
		fc.features.forEach((f, i) => expect(f.geometry).toBe(short.legs[i]!.geometry));
	});

	it('draw a long leg with far fewer vertices, from its first to its last', () => {
		const fc = legFeatures([short, long], { long: '#123456' });
		const legs = [...short.legs, ...long.legs];
		expect(fc.features).toHaveLength(legs.length);
		for (const [i, f] of fc.features.entries()) {
			const whole = legs[i]!.geometry.coordinates;
			const line = f.geometry.coordinates;
			expect(f.properties.id).toBe(legs[i]!.id);
			expect(line[0]).toEqual(whole[0]);
			expect(line.at(-1)).toEqual(whole.at(-1));
			if (whole.length > WHOLE_LEG_VERTICES) {
				expect(line.length).toBeLessThan(whole.length / 4);
				expect(line.length).toBeLessThanOrEqual(ROUTE_MAX_VERTICES);
			}
		}
		expect(long.legs.some((l) => l.geometry.coordinates.length > WHOLE_LEG_VERTICES)).toBe(true);
	});
});
