/**
 * The travelled part of the leg under way, drawn without re-uploading geometry every frame: the leg's
 * whole line goes to a `lineMetrics` source once, when the clock enters the leg, and each frame only
 * moves the edge of a `line-gradient` (opaque up to the marker, transparent after it).
 *
 * MapLibre measures `line-progress` on the Mercator plane, while the journey index measures km on the
 * sphere, so each leg carries its own cumulative planar length and the marker's position is converted
 * through it (style guide 2.4, point 8). Pure: no MapLibre import; O(leg) once per leg, O(1) per frame.
 * https://maplibre.org/maplibre-style-spec/layers/#line-gradient
 */
import type { JourneyIndex } from '$lib/journey/journey-index';
import type { Position } from '$lib/journey/position';
import type { LngLat } from '$lib/journey/schema';

export interface LegLine {
	/** Index vertex where the leg leaves its stop (the departure vertex). */
	first: number;
	/** Index vertex where the leg reaches the next stop. */
	last: number;
	coordinates: LngLat[];
	/** Cumulative Mercator length at each of the leg's vertices (world units, 0 at the start). */
	planar: Float64Array;
}

/** Web Mercator, in units of the world's width (the same plane MapLibre's tiles use). */
export function mercator(lngLat: LngLat): [number, number] {
	const lat = Math.max(-85.051129, Math.min(85.051129, lngLat[1]));
	const sin = Math.sin((lat * Math.PI) / 180);
	return [(lngLat[0] + 180) / 360, 0.5 - Math.log((1 + sin) / (1 - sin)) / (4 * Math.PI)];
}

/** The leg's line and planar metrics, or null when the leg is not in the index. */
export function legLine(index: JourneyIndex, legIndex: number): LegLine | null {
	const leg = index.legs[legIndex];
	const from = leg && index.stops[leg.fromStop];
	const to = leg && index.stops[leg.toStop];
	if (!from || !to) return null;
	// A stop has two vertices (arrival, departure); the leg starts at the departure.
	const first = from.vertex + 1;
	const last = to.vertex;
	if (last <= first) return null;
	const coordinates: LngLat[] = [];
	const planar = new Float64Array(last - first + 1);
	let previous: [number, number] | null = null;
	for (let v = first; v <= last; v++) {
		const c: LngLat = [index.lng[v] ?? 0, index.lat[v] ?? 0];
		coordinates.push(c);
		const xy = mercator(c);
		const k = v - first;
		planar[k] = previous
			? (planar[k - 1] ?? 0) + Math.hypot(xy[0] - previous[0], xy[1] - previous[1])
			: 0;
		previous = xy;
	}
	return { first, last, coordinates, planar };
}

/** The fraction of the leg's planar length travelled at `position`, in [0, 1]. */
export function legProgress(line: LegLine, position: Pick<Position, 'segment' | 'lngLat'>): number {
	const total = line.planar[line.planar.length - 1] ?? 0;
	if (position.segment < line.first) return 0;
	if (position.segment >= line.last || total <= 0) return 1;
	const k = position.segment - line.first;
	const vertex = line.coordinates[k];
	if (!vertex) return 0;
	const a = mercator(vertex);
	const b = mercator(position.lngLat);
	const along = (line.planar[k] ?? 0) + Math.hypot(b[0] - a[0], b[1] - a[1]);
	return Math.min(1, Math.max(0, along / total));
}

// The gradient itself is a style (layer-styles.ts, with the head layer it paints).
export { NOTHING_TRAVELLED, travelledGradient } from './layer-styles';
