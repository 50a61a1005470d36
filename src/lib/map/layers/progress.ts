/**
 * Stops reached and legs travelled are feature-state, changed only where the clock crossed: when it
 * moves from having reached stop `applied` to stop `upTo`, exactly the stops in (low, high] change.
 */
export interface Crossed {
	/** Stop indices in (low, high] changed state. */
	low: number;
	high: number;
	/** The new state of stop k (reached) or of a leg arriving at stop k (travelled). */
	isReached: (k: number) => boolean;
}

export function crossed(applied: number, upTo: number): Crossed {
	return {
		low: Math.min(applied, upTo),
		high: Math.max(applied, upTo),
		isReached: (k) => k <= upTo
	};
}
