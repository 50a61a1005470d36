import { describe, expect, it } from 'vitest';
import {
	bootstrapMeans,
	extrapolateTrips,
	percentile,
	reconcileClaims,
	seededRandom
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

describe('reconcileClaims', () => {
	const { claims } = tinyJourney().meta;

	it('gives the share of each whole-journey claim the placed trips account for', () => {
		const extrapolation = extrapolateTrips([1000, 3000], 36);
		const [miles, versts] = reconcileClaims(
			claims,
			{ lengthKm: 804.672, greatCircleKm: 500 },
			'journey',
			extrapolation
		);
		// 1000 mi = 1609.344 km; 500 versts = 533.4 km (by hand).
		expect(miles?.claimKm).toBeCloseTo(1609.344, 9);
		expect(miles?.share).toBeCloseTo(0.5, 12);
		expect(miles?.greatCircleShare).toBeCloseTo(500 / 1609.344, 12);
		expect(miles?.estimateShare?.estimate).toBeCloseTo(72_000 / 1609.344, 9);
		expect(miles?.estimateShare?.low).toBeCloseTo(36_000 / 1609.344, 9);
		expect(versts?.claimKm).toBeCloseTo(533.4, 9);
		expect(versts?.share).toBeCloseTo(804.672 / 533.4, 12);
		expect(versts?.claim.id).toBe('claim-500-verst');
	});

	it('shows claims about one stretch without a share', () => {
		const [miles] = reconcileClaims(claims, { lengthKm: 1, greatCircleKm: 1 }, 'part');
		expect(miles).toEqual({ claim: claims[0], claimKm: 1609.344, scope: 'part' });
	});
});
