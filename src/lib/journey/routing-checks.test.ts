import { describe, expect, it } from 'vitest';
import { checkRailLegs, railLegProblems } from './routing-checks';
import { createRailRouter } from './routing';
import { haversineKm, KM_PER_DEGREE } from './fixtures/haversine';
import { tinyGeodata, tinyJourney } from './fixtures/tiny-geodata';

const { network, places } = tinyGeodata();
const router = createRailRouter(network, places);

describe('checkRailLegs', () => {
	it('finds every routed rail leg in agreement with the router on its day', () => {
		const checks = checkRailLegs(tinyJourney(), router);
		expect(checks.map((c) => c.leg)).toEqual([
			't01-alpha-gamma',
			't02-gamma-beta',
			't02-beta-alpha'
		]);
		expect(checks.map((c) => c.difference)).toEqual([
			expect.closeTo(0, 9),
			expect.closeTo(0, 9),
			expect.closeTo(0, 9)
		]);
		expect(railLegProblems(checks)).toEqual([]);
	});

	it('reports a leg drawn over a line that was not open yet, and one with no open line at all', () => {
		const journey = tinyJourney();
		const [first] = journey.stops;
		const road = journey.legs[1];
		if (!first?.properties.depart || !road) throw new Error('fixture changed');
		// The direct alpha–gamma line opens on 1919-01-01: a month earlier the route goes by beta.
		first.properties.depart.date = '1918-12-01';
		// gamma–delta opens on 1920-07-01; call the road leg of February 1919 a routed rail leg.
		road.properties.mode = 'rail';
		road.properties.shape = 'routed';

		const problems = railLegProblems(checkRailLegs(journey, router));
		expect(problems.map((p) => p.leg)).toEqual(['t01-alpha-gamma', 't01-gamma-delta']);
		const [early, unopened] = problems;
		const viaBetaKm = 2 * haversineKm([0, 0], [1, 1]);
		expect(early?.routedKm).toBeCloseTo(viaBetaKm, 6);
		expect(early?.difference).toBeCloseTo((2 * KM_PER_DEGREE) / viaBetaKm - 1, 9);
		expect(early?.date).toBe('1918-12-01');
		expect(unopened?.problem?.kind).toBe('not-open');
		expect(unopened?.problem?.message).toMatch(/S4 opened 1920-07-01/);
	});
});
