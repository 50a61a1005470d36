/**
 * Where the journey is at time t: a binary search over the index's vertex times and one linear
 * interpolation. O(log n), no allocation beyond the small result, safe to call every frame.
 */
import { SEGMENT, type JourneyIndex } from './journey-index';
import type { LngLat } from './schema';
import { lastAtOrBefore, partitionPoint } from './partition-point';

export interface Position {
	lngLat: LngLat;
	/** Distance travelled so far, km. */
	km: number;
	/** The segment (vertex i → i+1) the time falls in. */
	segment: number;
	/** The stop where the journey is staying, or -1 while moving. */
	stopIndex: number;
	/** The leg being travelled, or -1 while staying. */
	legIndex: number;
}

/** Index of the last vertex whose time is ≤ t (0 when t is before the start). */
export function vertexAtOrBefore(times: Float64Array, tDay: number): number {
	return Math.max(lastAtOrBefore(times, tDay), 0);
}

export function positionAt(index: JourneyIndex, tDay: number): Position {
	const last = index.t.length - 1;
	const t = Math.min(Math.max(tDay, index.startDay), index.endDay);
	// The final vertex closes the last segment, so a time at the very end belongs to that segment.
	const i = Math.min(vertexAtOrBefore(index.t, t), Math.max(last - 1, 0));
	const kind = index.segmentKind[i] ?? SEGMENT.stay;
	const ref = index.segmentRef[i] ?? -1;
	const x0 = index.lng[i] ?? 0;
	const y0 = index.lat[i] ?? 0;
	const km0 = index.km[i] ?? 0;
	if (kind !== SEGMENT.moving || i >= last) {
		return { lngLat: [x0, y0], km: km0, segment: i, stopIndex: ref, legIndex: -1 };
	}
	const t0 = index.t[i] ?? 0;
	const t1 = index.t[i + 1] ?? t0;
	const f = t1 > t0 ? (t - t0) / (t1 - t0) : 1;
	return {
		lngLat: [x0 + f * ((index.lng[i + 1] ?? x0) - x0), y0 + f * ((index.lat[i + 1] ?? y0) - y0)],
		km: km0 + f * ((index.km[i + 1] ?? km0) - km0),
		segment: i,
		stopIndex: -1,
		legIndex: ref
	};
}

/** The last stop reached by time t (its arrival ≤ t), or -1 before the first. */
export function lastStopReached(index: JourneyIndex, tDay: number): number {
	const stops = index.stops;
	return partitionPoint(stops.length, (i) => (stops[i]?.tArrive ?? Infinity) <= tDay) - 1;
}

/**
 * The next (1) or previous (-1) stop from time t, by arrival: an index out of range when there is
 * none. A hair of tolerance, so that "previous" from exactly a stop's arrival is the one before it.
 */
export function stopBeside(index: JourneyIndex, tDay: number, direction: 1 | -1): number {
	const stops = index.stops;
	const arrival = (i: number) => stops[i]?.tArrive ?? Infinity;
	return direction > 0
		? partitionPoint(stops.length, (i) => arrival(i) <= tDay + 1e-9)
		: partitionPoint(stops.length, (i) => arrival(i) < tDay - 1e-9) - 1;
}
