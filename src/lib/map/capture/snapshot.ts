/**
 * The current map view as pixels at a chosen width: the map renders once at a higher pixel ratio
 * (the same view, more pixels; the page's layout does not move), its canvas is copied (the map keeps
 * its drawing buffer, create-map.ts), and the pixel ratio goes back. The vehicle is an HTML marker,
 * not on the canvas: its position comes back so the figure can draw it.
 */
import type { Map as MapLibreMap } from 'maplibre-gl';
import { distance } from '@turf/turf';
import type { LngLat } from '$lib/journey/schema';
import { captureMap } from './registry';

export interface MapSnapshot {
	/** Device pixels of the map image. */
	width: number;
	height: number;
	/** Kilometres per image pixel across the middle of the view. */
	kmPerPx: number;
	/** Where the vehicle is in the image, if it is in view. */
	vehicle: [number, number] | null;
}

/** Resolves once the map has drawn everything it has been asked to (tiles, sources, animations). */
export function rendered(map: MapLibreMap): Promise<void> {
	return new Promise((resolve) => {
		map.once('idle', () => resolve());
		map.triggerRepaint();
	});
}

/** Draws the view `width` px wide at (0, y) of `ctx` (the canvas must be tall enough). */
export async function drawMapView(
	ctx: CanvasRenderingContext2D,
	y: number,
	width: number,
	vehicleAt: LngLat | null
): Promise<MapSnapshot> {
	const { map } = captureMap();
	const { clientWidth: cssW, clientHeight: cssH } = map.getContainer();
	const ratio = width / cssW;
	const before = map.getPixelRatio();
	map.setPixelRatio(ratio);
	try {
		await rendered(map);
		const canvas = map.getCanvas();
		const height = Math.round(cssH * ratio);
		ctx.drawImage(canvas, 0, 0, canvas.width, canvas.height, 0, y, width, height);
		const mid = cssH / 2;
		const a = map.unproject([cssW / 2 - 50, mid]);
		const b = map.unproject([cssW / 2 + 50, mid]);
		const kmPerCssPx = distance([a.lng, a.lat], [b.lng, b.lat], { units: 'kilometers' }) / 100;
		const p = vehicleAt ? map.project(vehicleAt) : null;
		const inView = p && p.x >= 0 && p.y >= 0 && p.x <= cssW && p.y <= cssH;
		return {
			width,
			height,
			kmPerPx: kmPerCssPx / ratio,
			vehicle: inView ? [p.x * ratio, y + p.y * ratio] : null
		};
	} finally {
		map.setPixelRatio(before);
	}
}

/** The height in image pixels of the view drawn `width` px wide. */
export function viewHeightAt(width: number): number {
	const { map } = captureMap();
	const { clientWidth, clientHeight } = map.getContainer();
	return Math.round((clientHeight * width) / clientWidth);
}
