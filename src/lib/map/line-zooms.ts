/**
 * A simplified line per zoom for long legs (issue 18: a GPS log of a million points). One
 * Douglas–Peucker pass on the Mercator plane gives each vertex the zoom from which it is drawn: the
 * first zoom at which leaving it out would move the line by more than `TOLERANCE_PX` screen pixels.
 * The line for any zoom is then a filter (`keptAt`), O(n), with a cap on the vertices drawn. Distances
 * and the marker keep the full line (the journey index); only what MapLibre is given is simplified.
 *
 * Written here rather than taken from simplify-js or turf's simplify: those return one line per
 * tolerance, and a zoom-by-zoom drawing would run them again over the whole leg at every zoom, while
 * this keeps each vertex's zoom from one pass (as geojson-vt does inside MapLibre). Pure, no MapLibre.
 */
import type { LngLat } from '$lib/journey/schema';

/** Legs up to this many vertices are drawn whole; longer ones (GPS logs) are simplified. */
export const WHOLE_LEG_VERTICES = 4096;
/** The most a drawn line strays from the full line, in screen pixels (512-pixel world at zoom 0). */
export const TOLERANCE_PX = 0.25;
/** A vertex that never changes the line's shape (on a straight run, a repeat). */
export const NEVER = 255;
/** The deepest zoom a vertex is given: the map's deepest is 12 (create-map.ts), and finer than this
 * (under a metre) is GPS noise and coordinate rounding, which the pass need not split down to. */
export const MAX_ZOOM = 16;

/** Web Mercator, in units of the world's width (the same plane MapLibre's tiles use). */
export function mercator(lngLat: LngLat): [number, number] {
	const lat = Math.max(-85.051129, Math.min(85.051129, lngLat[1]));
	const sin = Math.sin((lat * Math.PI) / 180);
	return [(lngLat[0] + 180) / 360, 0.5 - Math.log((1 + sin) / (1 - sin)) / (4 * Math.PI)];
}

/** The planar tolerance at `zoom`, in units of the world's width. */
export const toleranceAt = (zoom: number): number => TOLERANCE_PX / (512 * 2 ** zoom);

/** Squared distance from (px, py) to the segment a → b. */
function sqSegmentDistance(
	px: number,
	py: number,
	ax: number,
	ay: number,
	bx: number,
	by: number
): number {
	let dx = bx - ax;
	let dy = by - ay;
	let x = ax;
	let y = ay;
	if (dx !== 0 || dy !== 0) {
		const t = ((px - ax) * dx + (py - ay) * dy) / (dx * dx + dy * dy);
		if (t > 1) {
			x = bx;
			y = by;
		} else if (t > 0) {
			x = ax + dx * t;
			y = ay + dy * t;
		}
	}
	dx = px - x;
	dy = py - y;
	return dx * dx + dy * dy;
}

/**
 * The zoom from which each vertex of the line (x, y: Mercator, world units) is drawn; the two ends
 * are drawn at every zoom (0). A vertex's zoom is never below its Douglas–Peucker parent's, so the
 * line at a zoom is exactly Douglas–Peucker at that zoom's tolerance.
 */
export function vertexZooms(x: Float64Array, y: Float64Array): Uint8Array {
	const n = x.length;
	const zooms = new Uint8Array(n).fill(NEVER);
	if (n === 0) return zooms;
	zooms[0] = 0;
	zooms[n - 1] = 0;
	// Spans (first, last, the zoom of the vertex that split them) still to split.
	const stack: number[] = [0, n - 1, 0];
	while (stack.length > 0) {
		const parentZoom = stack.pop() ?? 0;
		const last = stack.pop() ?? 0;
		const first = stack.pop() ?? 0;
		const ax = x[first] ?? 0;
		const ay = y[first] ?? 0;
		const bx = x[last] ?? 0;
		const by = y[last] ?? 0;
		let worst = 0;
		let at = -1;
		for (let i = first + 1; i < last; i++) {
			const d = sqSegmentDistance(x[i] ?? 0, y[i] ?? 0, ax, ay, bx, by);
			if (d > worst) {
				worst = d;
				at = i;
			}
		}
		if (at < 0) continue;
		// The first zoom whose tolerance is below this vertex's distance from the simpler line.
		const own = Math.ceil(Math.log2(toleranceAt(0) / Math.sqrt(worst)));
		if (own > MAX_ZOOM) continue; // invisible at any zoom, and so is everything inside the span
		const zoom = Math.max(parentZoom, own, 0);
		zooms[at] = zoom;
		stack.push(first, at, zoom, at, last, zoom);
	}
	return zooms;
}

/**
 * The vertices drawn at `zoom` (ascending indices): those whose zoom is ≤ `zoom`, or, when that is
 * more than `maxVertices`, the line of the deepest zoom that has at most `maxVertices` (coarser, but
 * never more than the map can take in one go).
 */
export function keptAt(zooms: Uint8Array, zoom: number, maxVertices = Infinity): Int32Array {
	const counts = new Uint32Array(MAX_ZOOM + 1);
	for (const z of zooms) if (z <= MAX_ZOOM) counts[z] = (counts[z] ?? 0) + 1;
	let drawn = 0;
	let total = 0;
	const top = Math.min(MAX_ZOOM, Math.max(0, Math.floor(zoom)));
	for (let z = 0; z <= top; z++) {
		total += counts[z] ?? 0;
		if (z > 0 && total > maxVertices) break;
		drawn = z;
	}
	let count = 0;
	for (let z = 0; z <= drawn; z++) count += counts[z] ?? 0;
	const kept = new Int32Array(count);
	let k = 0;
	for (let i = 0; i < zooms.length; i++) if ((zooms[i] ?? NEVER) <= drawn) kept[k++] = i;
	return kept;
}

// Zooms of the long lines drawn lately, by line: one pass serves both the route and the leg under
// way (a pass over a million points takes a second of the page's time on a loaded machine).
const cache = new Map<string, Uint8Array>();
const CACHED_LINES = 4;

/**
 * `vertexZooms` of the line `id` of `n` vertices (`at(i)` = [lng, lat]), computed once: the middle
 * vertex is in the key too, so a journey imported again with other points is not drawn stale.
 */
export function lineZooms(id: string, n: number, at: (i: number) => LngLat): Uint8Array {
	const key = `${id}#${n}#${at(n >> 1).join(',')}`;
	let zooms = cache.get(key);
	if (!zooms) {
		const x = new Float64Array(n);
		const y = new Float64Array(n);
		for (let i = 0; i < n; i++) [x[i], y[i]] = mercator(at(i));
		zooms = vertexZooms(x, y);
		cache.set(key, zooms);
		for (const old of cache.keys()) if (cache.size > CACHED_LINES) cache.delete(old);
	}
	return zooms;
}
