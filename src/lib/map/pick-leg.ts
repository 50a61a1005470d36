/**
 * Which leg a click on the route means. Legs overlap wherever a trip comes back the way it went (out
 * to Sviyazhsk and back on the same track), so the pointer often lies on several: the chosen
 * journey's come first, and of those the one nearest the clock, the leg the reader is watching. Pure.
 */
import type { JourneyIndex } from '$lib/journey/journey-index';

export interface LegRef {
	journey: string;
	id: string;
}

/** `reached`: the index of the last stop the clock has reached (-1 before the first). */
export function pickLeg(
	candidates: readonly LegRef[],
	index: Pick<JourneyIndex, 'journeyId' | 'legs'>,
	reached: number
): LegRef | undefined {
	const own = candidates.filter((c) => c.journey === index.journeyId);
	if (own.length === 0) return candidates[0];
	// The leg under way, or the next one: the first that ends after the stop reached.
	const atClock = index.legs.findIndex((l) => l.toStop > reached);
	const clockLeg = atClock < 0 ? index.legs.length : atClock;
	const order = new Map(index.legs.map((l, k) => [l.id, k]));
	const distance = (c: LegRef) => Math.abs((order.get(c.id) ?? Infinity) - clockLeg);
	return own.reduce((best, c) => (distance(c) < distance(best) ? c : best));
}
