/**
 * Reconciliation of computed totals with published claims. A claim is never replaced or "met" by
 * stretching routes: we say what share of it the placed trips account for, and give a plainly
 * labelled estimate for all the trips the sources count (mean placed trip × trip count), with a
 * bootstrap range from the spread of the placed trips' lengths.
 */
import { tripInsideCoverage } from './claim-coverage';
import type { Claim } from './schema';
import { unitToKm } from './distance-units';

export { tripInsideCoverage };

export interface Extrapolation {
	/** How many trips the sources count (e.g. 36). */
	tripCount: number;
	placedTripCount: number;
	meanTripKm: number;
	/** `meanTripKm × tripCount`. */
	estimateKm: number;
	/** Bootstrap percentiles of `tripCount × mean of a resample of the placed trips`. */
	lowKm: number;
	highKm: number;
	lowPercentile: number;
	highPercentile: number;
	resamples: number;
}

export interface ExtrapolationOptions {
	resamples?: number;
	seed?: number;
	percentiles?: readonly [number, number];
}

/** A small seeded generator (mulberry32), so the CLI, the panel and the tests see the same range. */
export function seededRandom(seed: number): () => number {
	let a = seed >>> 0;
	return () => {
		a = (a + 0x6d2b79f5) >>> 0;
		let t = a;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

/**
 * The p-th percentile (0–100) of ascending values, interpolating linearly between ranks
 * (the usual "type 7"). `percentile([1, 2, 3, 4], 50)` → 2.5.
 */
export function percentile(sortedValues: readonly number[], p: number): number {
	if (sortedValues.length === 0) return NaN;
	const rank = (p / 100) * (sortedValues.length - 1);
	const lo = Math.floor(rank);
	const a = sortedValues[lo] ?? NaN;
	const b = sortedValues[Math.min(lo + 1, sortedValues.length - 1)] ?? a;
	return a + (b - a) * (rank - lo);
}

/** Means of `resamples` resamples (with replacement, same size) of `values`. */
export function bootstrapMeans(
	values: readonly number[],
	resamples: number,
	random: () => number
): number[] {
	const means: number[] = [];
	for (let r = 0; r < resamples; r++) {
		let sum = 0;
		for (let i = 0; i < values.length; i++) {
			sum += values[Math.floor(random() * values.length)] ?? 0;
		}
		means.push(sum / values.length);
	}
	return means;
}

/**
 * An estimate for `tripCount` trips from the lengths of the placed ones, or undefined when none is
 * placed. @example extrapolateTrips([1000, 3000], 36).estimateKm // 72 000
 */
export function extrapolateTrips(
	tripLengthsKm: readonly number[],
	tripCount: number,
	{ resamples = 2000, seed = 1918, percentiles = [10, 90] }: ExtrapolationOptions = {}
): Extrapolation | undefined {
	if (tripLengthsKm.length === 0) return undefined;
	const meanTripKm = tripLengthsKm.reduce((s, x) => s + x, 0) / tripLengthsKm.length;
	const means = bootstrapMeans(tripLengthsKm, resamples, seededRandom(seed)).sort((a, b) => a - b);
	const [lowP, highP] = percentiles;
	return {
		tripCount,
		placedTripCount: tripLengthsKm.length,
		meanTripKm,
		estimateKm: meanTripKm * tripCount,
		lowKm: percentile(means, lowP) * tripCount,
		highKm: percentile(means, highP) * tripCount,
		lowPercentile: lowP,
		highPercentile: highP,
		resamples
	};
}

/** A placed trip as the claims see it: its dated bounds and its lengths. */
export interface TripLength {
	number: number;
	start: string;
	end: string;
	lengthKm: number;
	greatCircleKm: number;
}

export interface ClaimShare {
	claim: Claim;
	claimKm: number;
	/**
	 * `journey`: the claim is about the whole journey (its trips as the sources count them), so shares
	 * are given; `part`: it is about one stretch, shown for reference only. From `claim.coverage`.
	 */
	scope: 'journey' | 'part';
	/** The placed trips inside the claim's coverage (their numbers), for `journey` claims. */
	coveredTrips?: number[];
	/** Their length along the legs, km. */
	coveredKm?: number;
	/** Computed length of the covered placed trips ÷ the claim (0–1+), for `journey` claims. */
	share?: number;
	/** The same for the great-circle lower bound. */
	greatCircleShare?: number;
	/** The estimate for all the trips the sources count, from the covered trips alone. */
	extrapolation?: Extrapolation;
	/** That estimate (and its range) ÷ the claim. */
	estimateShare?: { estimate: number; low: number; high: number };
}

/**
 * Every claim of a journey beside the computed figures, each measured over what it covers: only the
 * placed trips inside its coverage count, and the estimate for `tripCount` trips (when the sources
 * give one) is made from those trips alone.
 */
export function reconcileClaims(
	claims: readonly Claim[],
	placedTrips: readonly TripLength[],
	tripCount?: number,
	options?: ExtrapolationOptions
): ClaimShare[] {
	return claims.map((claim) => {
		const claimKm = unitToKm(claim.value, claim.unit);
		// A claim without a stated coverage (only outside geodata/, which requires one) is about the
		// whole journey exactly when the sources count its trips.
		const coverage = claim.coverage ?? { scope: tripCount !== undefined ? 'journey' : 'part' };
		const scope = coverage.scope;
		if (scope === 'part') return { claim, claimKm, scope };
		const covered = placedTrips.filter((t) => tripInsideCoverage(t, coverage));
		const coveredKm = covered.reduce((s, t) => s + t.lengthKm, 0);
		const greatCircleKm = covered.reduce((s, t) => s + t.greatCircleKm, 0);
		const extrapolation =
			tripCount !== undefined
				? extrapolateTrips(
						covered.map((t) => t.lengthKm),
						tripCount,
						options
					)
				: undefined;
		return {
			claim,
			claimKm,
			scope,
			coveredTrips: covered.map((t) => t.number),
			coveredKm,
			share: coveredKm / claimKm,
			greatCircleShare: greatCircleKm / claimKm,
			...(extrapolation && {
				extrapolation,
				estimateShare: {
					estimate: extrapolation.estimateKm / claimKm,
					low: extrapolation.lowKm / claimKm,
					high: extrapolation.highKm / claimKm
				}
			})
		};
	});
}
