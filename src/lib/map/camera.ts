/**
 * Camera moves as values: the explorer model says what the reader should see (a `CameraIntent`),
 * the map turns it into MapLibre options with the pure functions here. A new intent object is a new
 * request; no counters travel through props. No MapLibre import: tested in Node.
 */
import type { JourneyIndex } from '$lib/journey/journey-index';
import type { LngLat } from '$lib/journey/schema';

/** [[west, south], [east, north]] in degrees. */
export type Bounds = [[number, number], [number, number]];

export type CameraIntent =
	/** Frame these bounds (a journey, or every journey shown). */
	| { kind: 'fit'; bounds: Bounds }
	/** Go to a point, zooming in to at least `minZoom` (a selected stop). */
	| { kind: 'fly'; to: LngLat; minZoom: number };

/** The zoom a selected stop is shown at, at least: towns and their neighbours readable. */
export const STOP_ZOOM = 5;
/** Fitting never zooms in past this: a one-city journey still shows its region. */
export const FIT_MAX_ZOOM = 7;

/** Padding on each side, px, as MapLibre's fits take it. */
export interface Padding {
	top: number;
	right: number;
	bottom: number;
	left: number;
}

/**
 * Room kept round a fitted journey, px: a tenth of the map's width at each side (40–90 px), since a
 * stop's name is set beside its circle and a stop at the edge (Yekaterinburg, Lechería) kept its circle
 * but lost its name. At the top, at least as much again below the card over the map's top edge
 * (`coveredTopPx`, map-cover.ts), which on a desktop covered Yamburg and the Petrograd label.
 */
export function fitPadding(widthPx: number, coveredTopPx = 0): Padding {
	const side = Math.round(Math.min(90, Math.max(40, widthPx * 0.1)));
	return { top: Math.max(40, coveredTopPx + 16), right: side, bottom: 40, left: side };
}

/**
 * Room kept round the region the map opens on (INITIAL_BOUNDS, layer-styles.ts), px: 20 at each
 * side, and the card over the map's top edge kept clear, as for a fit.
 */
export function initialPadding(coveredTopPx = 0): Padding {
	return { top: Math.max(20, coveredTopPx + 8), right: 20, bottom: 20, left: 20 };
}

/** The bounds of every vertex of the given journeys, or null when they have none. */
export function boundsOf(indexes: readonly JourneyIndex[]): Bounds | null {
	let w = Infinity;
	let s = Infinity;
	let e = -Infinity;
	let n = -Infinity;
	for (const index of indexes) {
		for (let i = 0; i < index.lng.length; i++) {
			const x = index.lng[i] ?? 0;
			const y = index.lat[i] ?? 0;
			w = Math.min(w, x);
			e = Math.max(e, x);
			s = Math.min(s, y);
			n = Math.max(n, y);
		}
	}
	return Number.isFinite(w)
		? [
				[w, s],
				[e, n]
			]
		: null;
}

/**
 * Whether a point on screen (px) lies inside the middle of a w × h view, leaving `margin` of each side
 * free: the marker may travel there without the camera moving under the reader.
 */
export function insideMiddle(x: number, y: number, w: number, h: number, margin = 0.2): boolean {
	return x > w * margin && x < w * (1 - margin) && y > h * margin && y < h * (1 - margin);
}

/** Animation lengths, ms; none for readers who prefer reduced motion. */
export function durationMs(kind: 'fit' | 'fly' | 'follow', reducedMotion: boolean): number {
	if (reducedMotion) return 0;
	return kind === 'fly' ? 1200 : kind === 'fit' ? 800 : 600;
}
