/**
 * What a claim's dates take in, compared in time (BC years do not compare as text): whether a trip
 * lies inside them, whether they take in a whole journey. Apart from reconcile.ts so that the first
 * view (the headline) does not load the estimates with it.
 */
import { compareIsoDates } from './days';
import type { ClaimCoverage } from './schema';

/**
 * Whether a trip lies wholly inside what a claim covers. A trip that crosses a bound is left out:
 * the claim's figure cannot be said to include it.
 */
export function tripInsideCoverage(
	trip: { start: string; end: string },
	coverage: { from?: string; to?: string }
): boolean {
	return (
		(coverage.from === undefined || compareIsoDates(trip.start, coverage.from) >= 0) &&
		(coverage.to === undefined || compareIsoDates(trip.end, coverage.to) <= 0)
	);
}

/** Whether a claim is about the whole journey and its dates (if any) take in the journey's period. */
export function coversJourney(
	coverage: ClaimCoverage | undefined,
	period: { start: string; end: string }
): boolean {
	return (
		coverage?.scope === 'journey' &&
		(!coverage.from || compareIsoDates(coverage.from, period.start) <= 0) &&
		(!coverage.to || compareIsoDates(coverage.to, period.end) >= 0)
	);
}
