import { describe, expect, it } from 'vitest';
import {
	buildLegDistances,
	greatCircleKm,
	legDays,
	lineLengthKm,
	stopSequenceKm
} from './distance';
import { haversineKm, KM_PER_DEGREE } from './fixtures/haversine';
import { tinyJourney } from './fixtures/tiny-geodata';
import type { StopFeature } from './schema';

// Real coordinates from places.csv, for one check at the scale of the data.
const MOSCOW_KAZANSKY = [37.657, 55.7734];
const KAZAN = [49.1221, 55.7887];
const TSARITSYN = [44.5133, 48.7194];

describe('lineLengthKm and greatCircleKm (golden, checked against a hand haversine)', () => {
	it('measures one degree of the equator as 2πR/360', () => {
		expect(
			lineLengthKm([
				[0, 0],
				[1, 0]
			])
		).toBeCloseTo(KM_PER_DEGREE, 6);
		expect(KM_PER_DEGREE).toBeCloseTo(111.19508, 4);
	});

	it('adds the segments of a line', () => {
		const line = [
			[0, 0],
			[1, 0],
			[1, 1],
			[0, 1]
		];
		const expected =
			haversineKm([0, 0], [1, 0]) + haversineKm([1, 0], [1, 1]) + haversineKm([1, 1], [0, 1]);
		expect(lineLengthKm(line)).toBeCloseTo(expected, 6);
		// Along the parallel at 1°N a degree is shorter than along the equator.
		expect(haversineKm([1, 1], [0, 1])).toBeLessThan(KM_PER_DEGREE);
	});

	it.each([
		['Moscow → Kazan', MOSCOW_KAZANSKY, KAZAN],
		['Moscow → Tsaritsyn', MOSCOW_KAZANSKY, TSARITSYN],
		['across the antimeridian', [179.5, 10], [-179.5, 10]]
	])('great circle %s', (_name, a, b) => {
		expect(greatCircleKm(a, b)).toBeCloseTo(haversineKm(a, b), 6);
	});

	it('puts Moscow–Kazan at about 718 km as the crow flies', () => {
		expect(greatCircleKm(MOSCOW_KAZANSKY, KAZAN)).toBeGreaterThan(715);
		expect(greatCircleKm(MOSCOW_KAZANSKY, KAZAN)).toBeLessThan(722);
	});

	it('gives zero for a line of fewer than two positions', () => {
		expect(lineLengthKm([[0, 0]])).toBe(0);
		expect(lineLengthKm([])).toBe(0);
	});
});

describe('buildLegDistances', () => {
	it('measures each leg along its geometry and between its ends', () => {
		const legs = buildLegDistances(tinyJourney());
		const diagonal = haversineKm([0, 0], [1, 1]);
		expect(legs.map((l) => l.id)).toEqual([
			't01-alpha-gamma',
			't01-gamma-delta',
			't02-gamma-beta',
			't02-beta-alpha'
		]);
		const [rail, road, up, down] = legs;
		expect(rail?.lengthKm).toBeCloseTo(2 * KM_PER_DEGREE, 6);
		expect(rail?.greatCircleKm).toBeCloseTo(2 * KM_PER_DEGREE, 6);
		expect(road?.lengthKm).toBeCloseTo(KM_PER_DEGREE, 6);
		expect(up?.lengthKm).toBeCloseTo(diagonal, 6);
		expect(down?.lengthKm).toBeCloseTo(diagonal, 6);
		expect(rail).toMatchObject({
			trip: 1,
			mode: 'rail',
			shape: 'routed',
			grade: 'documented',
			fromPlace: 'alpha',
			toPlace: 'gamma',
			startDate: '1919-02-01',
			endDate: '1919-02-02'
		});
	});

	it('never makes a leg shorter than the great circle between its ends', () => {
		for (const leg of buildLegDistances(tinyJourney())) {
			expect(leg.lengthKm).toBeGreaterThanOrEqual(leg.greatCircleKm - 1e-9);
		}
	});
});

describe('legDays', () => {
	const stop = (dates: { arrive?: string; depart?: string }) =>
		({
			properties: {
				...(dates.arrive && { arrive: { date: dates.arrive, precision: 'day' } }),
				...(dates.depart && { depart: { date: dates.depart, precision: 'day' } })
			}
		}) as StopFeature;

	it.each([
		[
			'departure and arrival',
			{ depart: '1918-08-08' },
			{ arrive: '1918-08-10' },
			'1918-08-08',
			'1918-08-10'
		],
		[
			'arrival only at the start',
			{ arrive: '1918-08-07' },
			{ arrive: '1918-08-10' },
			'1918-08-07',
			'1918-08-10'
		],
		[
			'departure only at the end',
			{ depart: '1918-08-08' },
			{ depart: '1918-08-11' },
			'1918-08-08',
			'1918-08-11'
		],
		['an undated start', {}, { arrive: '1918-08-10' }, '1918-08-10', '1918-08-10'],
		['an undated end', { depart: '1918-08-08' }, {}, '1918-08-08', '1918-08-08']
	])('%s', (_name, from, to, startDate, endDate) => {
		expect(legDays(stop(from), stop(to))).toEqual({ startDate, endDate });
	});

	it('leaves both out when neither stop is dated', () => {
		expect(legDays(stop({}), undefined)).toEqual({});
	});
});

describe('stopSequenceKm', () => {
	it('sums the great circles between the stops of one trip, in order', () => {
		const { stops } = tinyJourney();
		expect(stopSequenceKm(stops, 1)).toBeCloseTo(3 * KM_PER_DEGREE, 6);
		expect(stopSequenceKm(stops, 2)).toBeCloseTo(2 * haversineKm([0, 0], [1, 1]), 6);
		expect(stopSequenceKm(stops, 3)).toBe(0);
	});
});
