import { describe, expect, it } from 'vitest';
import { earthRadius } from '@turf/turf';
import { buildDistanceView, cumulativeSeries } from './distance-view';
import { EARTH_RADIUS_KM } from './distance';
import { haversineKm, KM_PER_DEGREE } from './fixtures/haversine';
import { tinyGeodata, tinyJourney } from './fixtures/tiny-geodata';

const DIAGONAL_KM = haversineKm([0, 0], [1, 1]);
const round3 = (x: number) => Math.round(x * 1000) / 1000;

describe('buildDistanceView', () => {
	const view = buildDistanceView(tinyGeodata());
	const [tiny] = view.journeys;
	if (!tiny) throw new Error('expected the tiny journey');

	it('is plain JSON', () => {
		expect(JSON.parse(JSON.stringify(view))).toEqual(view);
	});

	it('carries the totals rounded to metres', () => {
		expect(tiny.lengthKm).toBe(round3(3 * KM_PER_DEGREE + 2 * DIAGONAL_KM));
		expect(tiny.greatCircleKm).toBe(round3(3 * KM_PER_DEGREE + 2 * DIAGONAL_KM));
		expect(tiny.trips[0]?.lengthKm).toBe(round3(3 * KM_PER_DEGREE));
		expect(tiny.byMode.map((m) => [m.key, m.lengthKm])).toEqual([
			['rail', round3(2 * KM_PER_DEGREE + 2 * DIAGONAL_KM)],
			['road', round3(KM_PER_DEGREE)]
		]);
		expect([tiny.legCount, tiny.tripCount, tiny.placedTripCount, tiny.sourcedTripCount]).toEqual([
			4, 3, 2, 10
		]);
	});

	it('sets the claims beside the totals, with the share and the extrapolation', () => {
		const meanTripKm = (3 * KM_PER_DEGREE + 2 * DIAGONAL_KM) / 2;
		expect(tiny.extrapolation?.meanTripKm).toBe(round3(meanTripKm));
		expect(tiny.extrapolation?.estimateKm).toBe(round3(10 * meanTripKm));
		const [miles] = tiny.claims;
		expect(miles?.scope).toBe('journey');
		expect(miles?.claimKm).toBe(1609.344);
		expect(miles?.share).toBeCloseTo((3 * KM_PER_DEGREE + 2 * DIAGONAL_KM) / 1609.344, 9);
	});

	it('lists only the sources the claims cite', () => {
		expect(Object.keys(view.sources).sort()).toEqual(['src-a', 'src-b']);
		expect(view.sources['src-b']).toEqual({
			author: 'B. Author',
			title: 'Book B',
			year: null,
			url: 'https://example.org/b'
		});
	});

	it('states its method constants', () => {
		// The one Earth model is Turf's: the method note must state the radius the lengths were made with.
		expect(EARTH_RADIUS_KM * 1000).toBe(earthRadius);
		expect(view.method).toEqual({
			earthRadiusKm: 6371.0088,
			kmPerVerst: 1.0668,
			kmPerMi: 1.609344
		});
	});

	it('gives cumulative distance by date, from zero', () => {
		expect(tiny.cumulative).toEqual([
			{ date: '1919-02-01', km: 0 },
			{ date: '1919-02-02', km: round3(2 * KM_PER_DEGREE) },
			{ date: '1919-02-04', km: round3(3 * KM_PER_DEGREE) },
			{ date: '1919-03-02', km: round3(3 * KM_PER_DEGREE + DIAGONAL_KM) },
			{ date: '1919-03-03', km: round3(3 * KM_PER_DEGREE + 2 * DIAGONAL_KM) }
		]);
	});

	it('treats claims as about one stretch when the sources count no trips', () => {
		const data = { ...tinyGeodata(), journeys: [tinyJourney(false)] };
		const [j] = buildDistanceView(data).journeys;
		expect(j?.extrapolation).toBeUndefined();
		expect(j?.sourcedTripCount).toBeUndefined();
		expect(j?.claims.map((c) => [c.scope, c.share])).toEqual([
			['part', undefined],
			['part', undefined]
		]);
	});
});

describe('cumulativeSeries', () => {
	it('dates an undated leg by the one before it', () => {
		expect(
			cumulativeSeries([
				{ startDate: '1920-01-01', endDate: '1920-01-02', lengthKm: 10 },
				{ lengthKm: 5 },
				{ endDate: '1920-01-05', lengthKm: 1 }
			])
		).toEqual([
			{ date: '1920-01-01', km: 0 },
			{ date: '1920-01-02', km: 10 },
			{ date: '1920-01-02', km: 15 },
			{ date: '1920-01-05', km: 16 }
		]);
	});

	it('is empty without any dated leg', () => {
		expect(cumulativeSeries([{ lengthKm: 3 }])).toEqual([]);
	});
});
