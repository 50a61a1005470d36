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
 * position is converted through it (style guide 2.4, point 8). A long leg (a GPS log of a million
 * points) is drawn with the vertices that matter at the zoom (line-zooms.ts), while the marker keeps
 * the full line: its progress is measured on the drawn line, so the edge stays at the marker. Pure: no
 * MapLibre import; O(leg) once per leg and zoom, O(log leg) per frame plus the pieces crossed.
 */
import type { JourneyIndex } from '$lib/journey/journey-index';
import type { Position } from '$lib/journey/position';
import type { LngLat } from '$lib/journey/schema';
import { partitionPoint } from '$lib/journey/partition-point';
import { keptAt, lineZooms, mercator, WHOLE_LEG_VERTICES } from './line-zooms';

export { mercator };

export interface LegLine {
	/** Index vertex where the leg leaves its stop (the departure vertex). */
	first: number;
	/** Index vertex where the leg reaches the next stop. */
	last: number;
	/** The line drawn: the leg's vertices, or for a long leg those kept at the zoom (line-zooms.ts). */
	coordinates: LngLat[];
	/** The index vertex of each drawn vertex (ascending, from `first` to `last`). */
	vertices: Int32Array;
	/** Cumulative Mercator length at each drawn vertex (world units, 0 at the start). */
	planar: Float64Array;
}

/** The most vertices the leg under way is drawn with, whatever the zoom. */
export const MAX_DRAWN_VERTICES = 20_000;

/** A long leg's vertex zooms, shared with the route's drawing of it (drawn-legs.ts). */
function legZooms(index: JourneyIndex, legIndex: number, first: number, last: number): Uint8Array {
	return lineZooms(index.legs[legIndex]?.id ?? '', last - first + 1, (k) => [
		index.lng[first + k] ?? 0,
		index.lat[first + k] ?? 0
	]);
}

/**
 * The leg's drawn line and its planar metrics at `zoom` (a long leg keeps the vertices that matter at
 * that zoom, at most MAX_DRAWN_VERTICES), or null when the leg is not in the index.
 */
export function legLine(index: JourneyIndex, legIndex: number, zoom = Infinity): LegLine | null {
	const leg = index.legs[legIndex];
	const from = leg && index.stops[leg.fromStop];
	const to = leg && index.stops[leg.toStop];
	if (!from || !to) return null;
	// A stop has two vertices (arrival, departure); the leg starts at the departure.
	const first = from.vertex + 1;
	const last = to.vertex;
	if (last <= first) return null;
	let vertices: Int32Array;
	if (last - first + 1 <= WHOLE_LEG_VERTICES) {
		vertices = Int32Array.from({ length: last - first + 1 }, (_, k) => first + k);
	} else {
		// One zoom deeper than asked: the pieces are cut at the rounded zoom (HeadLayer.svelte).
		const kept = keptAt(legZooms(index, legIndex, first, last), zoom + 1, MAX_DRAWN_VERTICES);
		vertices = kept.map((k) => first + k);
	}
	const coordinates: LngLat[] = [];
	const planar = new Float64Array(vertices.length);
	let previous: [number, number] | null = null;
	for (let k = 0; k < vertices.length; k++) {
		const v = vertices[k] ?? first;
		const c: LngLat = [index.lng[v] ?? 0, index.lat[v] ?? 0];
		coordinates.push(c);
		const xy = mercator(c);
		planar[k] = previous
			? (planar[k - 1] ?? 0) + Math.hypot(xy[0] - previous[0], xy[1] - previous[1])
			: 0;
		previous = xy;
	}
	return { first, last, coordinates, vertices, planar };
}

/**
 * The fraction of the drawn line's planar length travelled at `position`, in [0, 1]: the marker
 * (on the full line) projected on the drawn segment that spans its index segment, so the edge stays
 * at the marker however simplified the line.
 */
export function legProgress(line: LegLine, position: Pick<Position, 'segment' | 'lngLat'>): number {
	const { vertices, planar } = line;
	const total = planar[planar.length - 1] ?? 0;
	if (position.segment < line.first) return 0;
	if (position.segment >= line.last || total <= 0) return 1;
	// The last drawn vertex at or before the marker's segment.
	const k = Math.max(
		0,
		partitionPoint(vertices.length, (i) => (vertices[i] ?? 0) <= position.segment) - 1
	);
	const from = line.coordinates[k];
	if (!from) return 0;
	const a = mercator(from);
	const b = mercator(line.coordinates[k + 1] ?? from);
	const p = mercator(position.lngLat);
	const span = (planar[k + 1] ?? planar[k] ?? 0) - (planar[k] ?? 0);
	const along =
		span > 0 ? ((p[0] - a[0]) * (b[0] - a[0]) + (p[1] - a[1]) * (b[1] - a[1])) / span : 0;
	return Math.min(1, Math.max(0, ((planar[k] ?? 0) + Math.min(span, Math.max(0, along))) / total));
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
