// Shared e2e plumbing: block every request that leaves localhost, collect page errors, and wait for the
// map to be drawn. Tests wait on conditions the app exposes, never on timers.
import { expect, type Page } from '@playwright/test';

export interface PageWatch {
	errors: string[];
	offsite: string[];
}

/** Fails nothing by itself: the test asserts on the lists at its end. */
export async function watchPage(page: Page): Promise<PageWatch> {
	const watch: PageWatch = { errors: [], offsite: [] };
	page.on('pageerror', (e) => watch.errors.push(e.message));
	page.on('console', (m) => {
		if (m.type() === 'error') watch.errors.push(m.text());
	});
	await page.route(
		(url) =>
			!['localhost', '127.0.0.1'].includes(url.hostname) &&
			url.protocol !== 'data:' &&
			url.protocol !== 'blob:',
		async (route) => {
			watch.offsite.push(route.request().url());
			await route.abort('blockedbyclient');
		}
	);
	return watch;
}

/** Waits until MapLibre has loaded its style and finished drawing (its `idle` event). */
export async function waitForMapIdle(page: Page): Promise<void> {
	await expect(page.getByTestId('map')).toHaveAttribute('data-status', 'ready');
	await page.waitForFunction(() => {
		const map = (
			window as unknown as { __echelonMap?: { loaded(): boolean; areTilesLoaded(): boolean } }
		).__echelonMap;
		return !!map && map.loaded() && map.areTilesLoaded();
	});
	await expect(page.getByTestId('map')).toHaveAttribute('data-idle', 'true');
}

export interface StopOnScreen {
	id: string;
	name: string;
	x: number;
	y: number;
}

/** The stops MapLibre actually drew, with their pixel positions on the canvas (CSS pixels). */
export async function renderedStops(page: Page): Promise<StopOnScreen[]> {
	return page.evaluate(() => {
		type F = {
			id?: unknown;
			properties: { name: string };
			geometry: { coordinates: [number, number] };
		};
		const map = (
			window as unknown as {
				__echelonMap: {
					queryRenderedFeatures(o: { layers: string[] }): F[];
					project(c: [number, number]): { x: number; y: number };
				};
			}
		).__echelonMap;
		return map.queryRenderedFeatures({ layers: ['journey-stops'] }).map((f) => {
			const p = map.project(f.geometry.coordinates);
			return { id: String(f.id), name: f.properties.name, x: p.x, y: p.y };
		});
	});
}
