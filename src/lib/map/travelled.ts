/**
 * The travelled part of the leg under way, drawn without re-uploading geometry every frame: the leg's
 * line goes to the map once, when the clock enters the leg, cut into pieces of equal length a few
 * pixels long (`legPieces`), and the pieces behind the marker are shown by feature-state
 * (HeadLayer.svelte). A feature-state change redraws the map once; moving a `line-gradient` edge, as
 * this did before, redraws it twice (a paint property change) and kept software WebGL drawing on
 * every frame of playback (docs/performance.md).
 *
 * The pieces are cut on the Mercator plane, the one the map draws on, while the journey index
 * measures km on the sphere, so each leg carries its own cumulative planar length and the marker's
 * position is converted through it (style guide 2.4, point 8). Pure: no MapLibre import; O(leg) once
 * per leg, O(1) per frame plus the pieces crossed.
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

/** Pieces a leg is cut into at most, however long it is on screen. */
export const MAX_PIECES = 1024;

/** How many pieces of about `piecePx` screen pixels a leg makes at `zoom` (512 px world at zoom 0). */
export function pieceCount(line: LegLine, zoom: number, piecePx = 4): number {
	const px = (line.planar[line.planar.length - 1] ?? 0) * 512 * 2 ** zoom;
	return Math.min(MAX_PIECES, Math.max(1, Math.ceil(px / piecePx)));
}

/** How many of a leg's `count` pieces lie behind `progress`: the edge is within half a piece. */
export const piecesTravelled = (progress: number, count: number): number =>
	Math.min(count, Math.max(0, Math.round(progress * count)));

/** The leg's line cut into `count` pieces of equal planar length, each a line from start to end. */
export function legPieces(line: LegLine, count: number): LngLat[][] {
	const { coordinates: c, planar } = line;
	const total = planar[planar.length - 1] ?? 0;
	if (total <= 0 || count <= 1) return [c];
	const pieces: LngLat[][] = [];
	let j = 0; // segment c[j] → c[j + 1] holding the current cut
	const at = (d: number): LngLat => {
		while (j < c.length - 2 && (planar[j + 1] ?? 0) < d) j++;
		const a = c[j] ?? [0, 0];
		const b = c[j + 1] ?? a;
		const d0 = planar[j] ?? 0;
		const span = (planar[j + 1] ?? d0) - d0;
		const t = span > 0 ? Math.min(1, Math.max(0, (d - d0) / span)) : 0;
		return [a[0] + t * (b[0] - a[0]), a[1] + t * (b[1] - a[1])];
	};
	let start = at(0);
	for (let k = 1; k <= count; k++) {
		const d = (total * k) / count;
		const piece: LngLat[] = [start];
		// The vertices strictly inside this piece, then its end.
		for (let v = j + 1; v < c.length - 1 && (planar[v] ?? 0) < d; v++) piece.push(c[v] ?? start);
		start = at(d);
		piece.push(start);
		pieces.push(piece);
	}
	return pieces;
}
