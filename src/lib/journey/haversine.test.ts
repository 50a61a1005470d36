import { distance } from '@turf/turf';
import { describe, expect, it } from 'vitest';
import { haversineKm } from './haversine';
import type { LngLat } from './schema';

describe('haversineKm', () => {
	it("gives Turf's distance in km exactly, over a seeded spread of points", () => {
		let seed = 42;
		const next = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
		const point = (): LngLat => [next() * 360 - 180, next() * 180 - 90];
		for (let i = 0; i < 5000; i++) {
			const a = point();
			// Near pairs too: most of the index's steps are a few km.
			const b: LngLat =
				i % 2 ? point() : [a[0] + (next() - 0.5) * 0.1, a[1] + (next() - 0.5) * 0.1];
			expect(haversineKm(a, b)).toBe(distance(a, b));
		}
	});

	it('measures a degree of the equator as the radius times π/180', () => {
		expect(haversineKm([0, 0], [1, 0])).toBeCloseTo((6371.0088 * Math.PI) / 180, 9);
	});
});
