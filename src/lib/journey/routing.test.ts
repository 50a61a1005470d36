import { describe, expect, it } from 'vitest';
import { createRailRouter, isSectionOpen, type RouteResult } from './routing';
import { haversineKm, KM_PER_DEGREE } from './fixtures/haversine';
import { tinyGeodata, tinyNetwork } from './fixtures/tiny-geodata';

const DIAGONAL_KM = haversineKm([0, 0], [1, 1]);
const { network, places } = tinyGeodata();
const router = createRailRouter(network, places);

function routeOf(result: RouteResult) {
	if (!result.ok) throw new Error(`expected a route, got: ${result.message}`);
	return result.route;
}

describe('rail routing on a small network (geojson-path-finder)', () => {
	it('goes round by beta before the direct line opens', () => {
		const route = routeOf(router.route('alpha', 'gamma', '1918-12-31'));
		expect(route.distanceKm).toBeCloseTo(2 * DIAGONAL_KM, 6);
		expect(route.via).toEqual(['alpha', 'beta', 'gamma']);
		expect(route.sections).toEqual(['S1', 'S2']);
		expect(route.coordinates[0]).toEqual([0, 0]);
		expect(route.coordinates.at(-1)).toEqual([2, 0]);
	});

	it('takes the direct line from its opening day', () => {
		const route = routeOf(router.route('alpha', 'gamma', '1919-01-01'));
		expect(route.distanceKm).toBeCloseTo(2 * KM_PER_DEGREE, 6);
		expect(route.via).toEqual(['alpha', 'gamma']);
		expect(route.sections).toEqual(['S3']);
		expect(route.date).toBe('1919-01-01');
	});

	it('routes the other way the same distance', () => {
		const there = routeOf(router.route('alpha', 'delta', '1921-01-01'));
		const back = routeOf(router.route('delta', 'alpha', '1921-01-01'));
		expect(there.distanceKm).toBeCloseTo(3 * KM_PER_DEGREE, 6);
		expect(back.distanceKm).toBeCloseTo(there.distanceKm, 9);
		expect(back.via).toEqual([...there.via].reverse());
	});

	it('uses every section when no date is given', () => {
		expect(routeOf(router.route('alpha', 'delta')).distanceKm).toBeCloseTo(3 * KM_PER_DEGREE, 6);
	});

	it('gives zero from a place to itself', () => {
		const route = routeOf(router.route('beta', 'beta', '1919-01-01'));
		expect(route.distanceKm).toBe(0);
		expect(route.via).toEqual(['beta']);
	});

	it('routes through given places in order', () => {
		const route = routeOf(router.routeThrough(['alpha', 'beta', 'gamma', 'delta'], '1921-01-01'));
		expect(route.distanceKm).toBeCloseTo(2 * DIAGONAL_KM + KM_PER_DEGREE, 6);
		expect(route.via).toEqual(['alpha', 'beta', 'gamma', 'delta']);
		expect(route.sections).toEqual(['S1', 'S2', 'S4']);
	});

	it.each([
		[
			'a line not yet open',
			'alpha',
			'delta',
			'1920-06-30',
			'not-open',
			/"delta".*S4 opened 1920-07-01/
		],
		[
			'a closed line',
			'island_a',
			'island_b',
			'1916-01-01',
			'not-open',
			/S5 open 1900-01-01 to 1915-01-01/
		],
		[
			'an unknown id',
			'alpha',
			'atlantis',
			'1919-01-01',
			'unknown-place',
			/unknown place id "atlantis"/
		],
		[
			'a place off the network',
			'omega',
			'alpha',
			'1919-01-01',
			'off-network',
			/"omega" is not a station/
		],
		[
			'an impossible date',
			'alpha',
			'gamma',
			'1919-02-29',
			'bad-date',
			/"1919-02-29" is not a real date/
		],
		['a malformed date', 'alpha', 'gamma', '19/02/1919', 'bad-date', /YYYY-MM-DD/],
		[
			'no connection',
			'alpha',
			'island_a',
			'1910-01-01',
			'no-route',
			/no rail route.*as open on 1910-01-01/
		]
	])('refuses %s with a message', (_name, from, to, date, kind, message) => {
		const result = router.route(from, to, date);
		expect(result.ok).toBe(false);
		if (result.ok) return;
		expect(result.kind).toBe(kind);
		expect(result.message).toMatch(message);
	});

	it('names only the sections run over, not those met at an end', () => {
		// beta is where S1 meets S2: a route ending there touches S2 without using it.
		expect(routeOf(router.route('alpha', 'beta', '1918-12-31')).sections).toEqual(['S1']);
	});

	it('lists a section again when the route comes back to it', () => {
		const loop = routeOf(
			router.routeThrough(['beta', 'alpha', 'gamma', 'beta', 'alpha'], '1919-01-01')
		);
		expect(loop.sections).toEqual(['S1', 'S3', 'S2', 'S1']);
	});

	it('reports sections whose opening is bracketed past the day routed on', () => {
		const bracketed = tinyNetwork().map((s) =>
			s.id === 'S3'
				? {
						...s,
						properties: {
							...s.properties,
							opened: {
								date: '1919-01-01',
								precision: 'approx' as const,
								earliest: '1918-06-01',
								latest: '1919-06-30'
							}
						}
					}
				: s
		);
		const uncertain = createRailRouter(bracketed, places);
		expect(routeOf(uncertain.route('alpha', 'gamma', '1919-02-01')).uncertainOpenings).toEqual([
			{ section: 'S3', earliest: '1918-06-01', latest: '1919-06-30' }
		]);
		expect(routeOf(uncertain.route('alpha', 'gamma', '1919-07-01')).uncertainOpenings).toEqual([]);
		expect(routeOf(uncertain.route('alpha', 'gamma')).uncertainOpenings).toEqual([]);
	});

	it('refuses a route through fewer than two places', () => {
		expect(router.routeThrough(['alpha']).ok).toBe(false);
	});
});

describe('isSectionOpen', () => {
	const [s1, , , s4, s5] = tinyNetwork();
	it.each([
		['before opening', s4, '1920-06-30', false],
		['on the opening day', s4, '1920-07-01', true],
		['while open', s5, '1914-12-31', true],
		['from the closing day', s5, '1915-01-01', false],
		['with no date', s4, undefined, true],
		['long open', s1, '1921-03-07', true]
	])('%s', (_name, section, date, open) => {
		if (!section) throw new Error('fixture section missing');
		expect(isSectionOpen(section, date)).toBe(open);
	});
});
