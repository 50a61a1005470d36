// The app's first view as the bare-MapLibre pages copy it (tests/perf/bare): its map's size at the
// bench's viewport and its camera, read from a visit to the app (load.ts, run.ts).
import type { Browser } from 'playwright';
import { idleAt } from '../lib/first-view';
import { context } from './browser';

/** The app's first view at the bench's viewport: its map's size and camera, which the bare pages copy. */
export interface AppView {
	width: number;
	height: number;
	/** Where the app's map opened (its fit keeps clear of the card over the map: map-cover.ts). */
	camera: { lng: number; lat: number; zoom: number };
}

/** The bare page's query for the app's view: the same canvas size and camera. */
export const bareQuery = ({ width, height, camera }: AppView): string =>
	`w=${width}&h=${height}&lng=${camera.lng}&lat=${camera.lat}&zoom=${camera.zoom}`;

/** Visits the app: its map's size and camera at the bench's viewport, so the bare map draws the same picture. */
export async function readAppView(browser: Browser, appUrl: string): Promise<AppView> {
	const probe = await context(browser);
	const probePage = await probe.newPage();
	await probePage.goto(`${appUrl}/`);
	await idleAt(probePage);
	const box = await probePage.getByTestId('map').boundingBox();
	const camera = await probePage.evaluate(() => {
		const map = (
			window as unknown as {
				__echelonMap: { getCenter(): { lng: number; lat: number }; getZoom(): number };
			}
		).__echelonMap;
		const { lng, lat } = map.getCenter();
		return { lng, lat, zoom: map.getZoom() };
	});
	await probe.close();
	return {
		width: Math.round(box?.width ?? 1000),
		height: Math.round(box?.height ?? 720),
		camera
	};
}
