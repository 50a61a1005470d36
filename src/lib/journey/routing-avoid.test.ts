import { describe, expect, it } from 'vitest';
import { createRailRouter, type RouteResult } from './routing';
import { cutNetwork, placesPassed } from './routing-avoid';
import { otherSidePoints } from './control-distance';
import { checkRailLegs } from './routing-checks';
import { legsThroughOtherSide } from './front-checks';
import { haversineKm, KM_PER_DEGREE } from './fixtures/haversine';
import { tinyGeodata, tinyJourney, tinyNetwork } from './fixtures/tiny-geodata';
import { onDay } from './fixtures/features';
import { TINY_BRIDGE, tinyControl } from './fixtures/tiny-control';

const DIAGONAL_KM = haversineKm([0, 0], [1, 1]);
const { network, places } = tinyGeodata();
const router = createRailRouter(network, places);
const control = tinyControl();
// On 15 Feb 1919 the bridge on the alpha–gamma cut-off is White; on 5 Feb and 25 Feb it is Red.
const whiteOn = (date: string) => otherSidePoints(control, date, 'red');

function routeOf(result: RouteResult) {
	if (!result.ok) throw new Error(`expected a route, got: ${result.message}`);
	return result.route;
}

describe('routing that knows the war', () => {
	it('goes round a place held by the other side on the day, by the longer line', () => {
		const route = routeOf(
			router.route('alpha', 'gamma', '1919-02-15', { avoid: whiteOn('1919-02-15') })
		);
		expect(route.via).toEqual(['alpha', 'beta', 'gamma']);
		expect(route.sections).toEqual(['S1', 'S2']);
		expect(route.distanceKm).toBeCloseTo(2 * DIAGONAL_KM, 6);
		expect(route.wentRound).toEqual(['bridge']);
		expect(route.passes).toBeUndefined();
	});

	it('takes the shortest line when nothing on it is held by the other side', () => {
		for (const date of ['1919-02-05', '1919-02-25']) {
			const route = routeOf(router.route('alpha', 'gamma', date, { avoid: whiteOn(date) }));
			expect(route.sections).toEqual(['S3']);
			expect(route.distanceKm).toBeCloseTo(2 * KM_PER_DEGREE, 6);
			expect(route.wentRound).toBeUndefined();
		}
	});

	it('keeps the shortest line and says so when there is no way round', () => {
		const avoid = [
			...whiteOn('1919-02-15'),
			{ id: 'at-beta', coordinates: [1, 1] as [number, number] }
		];
		const route = routeOf(router.route('alpha', 'gamma', '1919-02-15', { avoid }));
		expect(route.sections).toEqual(['S3']);
		expect(route.passes).toEqual(['bridge']);
		expect(route.wentRound).toBeUndefined();
	});

	it('does not avoid the places a route starts or ends at', () => {
		const avoid = [{ id: 'gamma-town', coordinates: [2.01, 0] as [number, number] }];
		const route = routeOf(router.route('alpha', 'gamma', '1919-02-05', { avoid }));
		expect(route.sections).toEqual(['S3']);
		expect(route.passes).toBeUndefined();
	});

	it('counts a place as passed within avoidKm of the line, and no farther', () => {
		const near = [{ id: 'x', coordinates: [1, 0.04] as [number, number] }]; // ≈ 4.4 km off S3
		expect(
			routeOf(router.route('alpha', 'gamma', '1919-02-05', { avoid: near })).wentRound
		).toEqual(['x']);
		expect(
			routeOf(router.route('alpha', 'gamma', '1919-02-05', { avoid: near, avoidKm: 4 })).wentRound
		).toBeUndefined();
	});

	it('joins what each part of a route through several places went round', () => {
		const route = routeOf(
			router.routeThrough(['alpha', 'gamma', 'alpha'], '1919-02-15', {
				avoid: whiteOn('1919-02-15')
			})
		);
		expect(route.via).toEqual(['alpha', 'beta', 'gamma', 'beta', 'alpha']);
		expect(route.wentRound).toEqual(['bridge']);
	});

	it('routes the same with and without avoidance when nothing is to be avoided', () => {
		const plain = routeOf(router.route('alpha', 'delta', '1921-01-01'));
		const avoiding = routeOf(router.route('alpha', 'delta', '1921-01-01', { avoid: [] }));
		expect(avoiding).toEqual(plain);
	});
});

describe('cutNetwork and placesPassed', () => {
	it('takes out only the stretches of track near the place, splitting a section', () => {
		const cut = cutNetwork(tinyNetwork(), [{ id: 'x', coordinates: [1.5, 0.3] }], 40);
		const lines = cut.map((f) => [f.id, f.geometry.coordinates]);
		// S3 keeps its alpha – [1, 0] stretch; S2 (beta–gamma) runs 16 km from x and goes.
		expect(lines).toContainEqual([
			'S3',
			[
				[0, 0],
				[1, 0]
			]
		]);
		expect(cut.map((f) => f.id)).toEqual(['S1', 'S3', 'S4', 'S5']);
	});

	it('lists the places within km of a line', () => {
		const line: [number, number][] = [
			[0, 0],
			[2, 0]
		];
		const avoid = [
			{ id: 'on', coordinates: TINY_BRIDGE },
			{ id: 'off', coordinates: [1, 1] as [number, number] }
		];
		expect(placesPassed(line, avoid, 5)).toEqual(['on']);
		expect(placesPassed(line, avoid, 200)).toEqual(['on', 'off']);
		expect(placesPassed([[0, 0]], avoid, 5)).toEqual([]);
	});
});

describe('the checks with the same avoidance', () => {
	it('find a leg drawn round the bridge on its route, and report it without the avoidance', () => {
		// Trip 1's first leg moved to 15 Feb 1919 and drawn round by beta, as the build would draw it.
		const journey = tinyJourney();
		for (const stop of journey.stops.slice(0, 2))
			stop.properties.arrive = stop.properties.depart = onDay('1919-02-15');
		const leg = journey.legs[0]!;
		leg.geometry.coordinates = [
			[0, 0],
			[1, 1],
			[2, 0]
		];
		const check = (avoidOn?: typeof whiteOn) =>
			checkRailLegs(journey, router, avoidOn && { avoidOn }).find((c) => c.leg === leg.id);
		expect(check(whiteOn)?.difference).toBeCloseTo(0, 6);
		expect(check()?.difference).toBeCloseTo(DIAGONAL_KM / KM_PER_DEGREE - 1, 6);
		expect(legsThroughOtherSide(journey, control)).toEqual([]);
	});
});
