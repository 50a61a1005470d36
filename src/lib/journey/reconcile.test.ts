import { describe, expect, it } from 'vitest';
import {
	bootstrapMeans,
	extrapolateTrips,
	percentile,
	reconcileClaims,
	seededRandom,
	tripInsideCoverage
} from './reconcile';
import { tinyJourney } from './fixtures/tiny-geodata';

describe('percentile (linear between ranks)', () => {
	it.each([
		[[1, 2, 3, 4], 50, 2.5],
		[[1, 2, 3, 4], 10, 1.3],
		[[1, 2, 3, 4], 90, 3.7],
		[[1, 2, 3, 4], 0, 1],
		[[1, 2, 3, 4], 100, 4],
		[[7], 10, 7]
	])('%j at p%d is %d', (values, p, expected) => {
		expect(percentile(values, p)).toBeCloseTo(expected, 12);
	});

	it('is NaN for no values', () => {
		expect(percentile([], 50)).toBeNaN();
	});
});

describe('seededRandom', () => {
	it('repeats for a seed, differs between seeds, and stays in [0, 1)', () => {
		const a = seededRandom(1918);
		const b = seededRandom(1918);
		const c = seededRandom(1919);
		const xs = Array.from({ length: 10_000 }, () => a());
		expect(Array.from({ length: 5 }, () => b())).toEqual(xs.slice(0, 5));
		expect(c()).not.toBe(xs[0]);
		expect(Math.min(...xs)).toBeGreaterThanOrEqual(0);
		expect(Math.max(...xs)).toBeLessThan(1);
		expect(xs.reduce((s, x) => s + x, 0) / xs.length).toBeCloseTo(0.5, 1);
	});
});

describe('bootstrapMeans', () => {
	it('returns the value itself for identical values', () => {
		expect(new Set(bootstrapMeans([5, 5, 5], 100, seededRandom(1)))).toEqual(new Set([5]));
	});

	it('only produces means a resample can have', () => {
		const means = bootstrapMeans([1000, 3000], 1000, seededRandom(2));
		expect(new Set(means)).toEqual(new Set([1000, 2000, 3000]));
		// P(mean = 2000) = 1/2 for two draws from two values.
		const middle = means.filter((m) => m === 2000).length / means.length;
		expect(middle).toBeGreaterThan(0.45);
		expect(middle).toBeLessThan(0.55);
	});
});

describe('extrapolateTrips', () => {
	it('multiplies the mean placed trip by the trip count', () => {
		const e = extrapolateTrips([1000, 3000], 36);
		expect(e?.meanTripKm).toBe(2000);
		expect(e?.estimateKm).toBe(72_000);
		expect(e?.placedTripCount).toBe(2);
		// A quarter of resamples have mean 1000 and a quarter 3000, so p10 and p90 land on them.
		expect(e?.lowKm).toBe(36_000);
		expect(e?.highKm).toBe(108_000);
		expect([e?.lowPercentile, e?.highPercentile, e?.resamples]).toEqual([10, 90, 2000]);
	});

	it('has no spread when every trip is the same length', () => {
		const e = extrapolateTrips([800, 800, 800], 36);
		expect([e?.lowKm, e?.estimateKm, e?.highKm]).toEqual([28_800, 28_800, 28_800]);
	});

	it('keeps the range around the estimate and inside 36 × [shortest, longest]', () => {
		const lengths = [350, 900, 1200, 2500, 4100, 600, 3000, 1800];
		const e = extrapolateTrips(lengths, 36);
		if (!e) throw new Error('expected an extrapolation');
		expect(e.lowKm).toBeLessThan(e.estimateKm);
		expect(e.highKm).toBeGreaterThan(e.estimateKm);
		expect(e.lowKm).toBeGreaterThanOrEqual(36 * 350);
		expect(e.highKm).toBeLessThanOrEqual(36 * 4100);
		expect(extrapolateTrips(lengths, 36)).toEqual(e);
		expect(extrapolateTrips(lengths, 36, { seed: 7 })?.lowKm).not.toBe(e.lowKm);
	});

	it('widens with the percentiles asked for', () => {
		const lengths = [350, 900, 1200, 2500, 4100];
		const narrow = extrapolateTrips(lengths, 36, { percentiles: [25, 75] });
		const wide = extrapolateTrips(lengths, 36, { percentiles: [5, 95] });
		expect(wide && narrow && wide.lowKm < narrow.lowKm && wide.highKm > narrow.highKm).toBe(true);
	});

	it('gives nothing when no trip is placed', () => {
		expect(extrapolateTrips([], 36)).toBeUndefined();
	});
});

describe('tripInsideCoverage', () => {
	const trip = { number: 1, start: '1920-12-20', end: '1921-01-05', lengthKm: 1, greatCircleKm: 1 };

	it.each([
		[{}, true],
		[{ from: '1920-12-20' }, true],
		[{ from: '1920-12-21' }, false],
		[{ to: '1921-01-05' }, true],
		[{ to: '1920-12-31' }, false],
		[{ from: '1918-01-01', to: '1921-12-31' }, true]
	])('a trip of 20 Dec 1920 – 5 Jan 1921 inside %j: %s', (coverage, inside) => {
		expect(tripInsideCoverage(trip, coverage)).toBe(inside);
	});

	it('compares BC days in time (334 BC to 333 BC inside 335 BC – 331 BC)', () => {
		const bc = { ...trip, start: '-0333-03-01', end: '-0332-11-05' };
		expect(tripInsideCoverage(bc, { from: '-0334-01-01', to: '-0330-12-31' })).toBe(true);
		expect(tripInsideCoverage(bc, { from: '-0332-01-01' })).toBe(false);
	});
});

describe('reconcileClaims', () => {
	const [anyTime, earlyDays] = tinyJourney().meta.claims;
	if (!anyTime || !earlyDays) throw new Error('fixture changed');
	const claims = [
		{ ...anyTime, coverage: { scope: 'journey' as const } },
		{ ...earlyDays, coverage: { scope: 'journey' as const, from: '1919-02-01', to: '1919-03-31' } }
	];
	const trips = [
		{ number: 1, start: '1919-02-01', end: '1919-02-04', lengthKm: 1000, greatCircleKm: 800 },
		{ number: 2, start: '1919-03-01', end: '1919-03-03', lengthKm: 3000, greatCircleKm: 2000 },
		{ number: 3, start: '1919-06-01', end: '1919-06-30', lengthKm: 5000, greatCircleKm: 4000 }
	];

	it('measures an unbounded whole-journey claim over every placed trip', () => {
		const [miles] = reconcileClaims(claims, trips, 36);
		// 1000 mi = 1609.344 km (by hand); 9000 km of trips, 6800 km great-circle.
		expect(miles?.claimKm).toBeCloseTo(1609.344, 9);
		expect(miles?.coveredTrips).toEqual([1, 2, 3]);
		expect(miles?.share).toBeCloseTo(9000 / 1609.344, 12);
		expect(miles?.greatCircleShare).toBeCloseTo(6800 / 1609.344, 12);
		// 36 × mean(1000, 3000, 5000) = 108 000.
		expect(miles?.estimateShare?.estimate).toBeCloseTo(108_000 / 1609.344, 9);
	});

	it('counts only the trips inside a dated coverage, in the share and in the estimate', () => {
		// The verst claim covers February–March 1919: trips 1 and 2, not June's trip 3.
		const [, versts] = reconcileClaims(claims, trips, 36);
		expect(versts?.claimKm).toBeCloseTo(533.4, 9);
		expect(versts?.coveredTrips).toEqual([1, 2]);
		expect(versts?.coveredKm).toBe(4000);
		expect(versts?.share).toBeCloseTo(4000 / 533.4, 12);
		expect(versts?.greatCircleShare).toBeCloseTo(2800 / 533.4, 12);
		expect(versts?.extrapolation?.estimateKm).toBe(72_000);
		expect(versts?.extrapolation?.placedTripCount).toBe(2);
		expect(versts?.estimateShare?.low).toBeCloseTo(36_000 / 533.4, 9);
	});

	it('gives no estimate when the sources count no trips', () => {
		const [miles] = reconcileClaims(claims, trips);
		expect(miles?.share).toBeCloseTo(9000 / 1609.344, 12);
		expect(miles?.extrapolation).toBeUndefined();
		expect(miles?.estimateShare).toBeUndefined();
	});

	it('shows claims about one stretch without a share', () => {
		const part = { ...anyTime, coverage: { scope: 'part' as const } };
		expect(reconcileClaims([part], trips, 36)).toEqual([
			{ claim: part, claimKm: 1609.344, scope: 'part' }
		]);
	});

	it('without a stated coverage, takes a claim as whole-journey only when trips are counted', () => {
		expect(anyTime.coverage).toBeUndefined();
		expect(reconcileClaims([anyTime], trips, 36)[0]?.scope).toBe('journey');
		expect(reconcileClaims([anyTime], trips)[0]?.scope).toBe('part');
	});
});
