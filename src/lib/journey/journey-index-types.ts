// The playback index's shape (journey-index.ts builds it; position.ts reads it every frame).
import type { LngLat, Mode } from './schema';

export const SEGMENT = { stay: 0, moving: 1, gap: 2 } as const;

export interface IndexedStop {
	id: string;
	trip: number;
	lngLat: LngLat;
	tArrive: number;
	tDepart: number;
	/** False when the stop had no date and its times were interpolated. */
	dated: boolean;
	/** The vertex at which the stop is reached. */
	vertex: number;
}

export interface IndexedLeg {
	id: string;
	trip: number;
	mode: Mode;
	fromStop: number;
	toStop: number;
	/** As every total counts it: the leg's `lengthKm` from the build, else its drawn length. */
	lengthKm: number;
}

export interface JourneyIndex {
	journeyId: string;
	startDay: number;
	endDay: number;
	stops: IndexedStop[];
	legs: IndexedLeg[];
	lng: Float64Array;
	lat: Float64Array;
	/** Journey time at each vertex (day number); never decreases. */
	t: Float64Array;
	/**
	 * Distance travelled up to each vertex, km, as the totals count it (a leg's counted length spread
	 * along its drawn line); jumps between unconnected stops add nothing.
	 */
	km: Float64Array;
	/** Kind of the segment from vertex i to i+1 (SEGMENT.*). */
	segmentKind: Uint8Array;
	/** Stop index for stay and gap segments, leg index for moving ones. */
	segmentRef: Int32Array;
}
