import { expect, test } from '@playwright/test';
import {
	checkHeaderToggle,
	mapCall,
	renderedStops,
	waitForMapIdle,
	watchPage,
	type StopOnScreen
} from './helpers';

test.describe('the map', () => {
	test('paints the shell, then the offline map with both journeys', async ({ page }) => {
		const watch = await watchPage(page);
		await page.goto('/');
		await expect(page.getByRole('heading', { level: 1, name: 'Echelon' })).toBeVisible();
		await waitForMapIdle(page);

		const layers = await mapCall(page, (m) => m.getStyle().layers.map((l: { id: string }) => l.id));
		expect(layers).toEqual(
			expect.arrayContaining(['basemap-land', 'basemap-rivers', 'journey-legs', 'journey-stops'])
		);
		// The README shows what a visitor first sees, once the itinerary and the timeline's bands are in.
		await expect(page.locator('[data-stop]').first()).toBeVisible();
		await expect(page.locator('.timeline .trip').first()).toBeVisible();
		await page.screenshot({ path: 'docs/screenshot.png' });

		await checkHeaderToggle(page, 'Both journeys');
		await mapCall(page, (m) => m.jumpTo({ center: [20, 50], zoom: 0.8 }));
		await waitForMapIdle(page);
		const journeys = await mapCall(page, (m) =>
			[
				...new Set(
					m
						.queryRenderedFeatures({ layers: ['journey-stops'] })
						.map((f: { properties: { journey: string } }) => f.properties.journey)
				)
			].sort()
		);
		expect(journeys).toEqual(['exile', 'train']);
		expect(watch.errors).toEqual([]);
		expect(watch.offsite).toEqual([]);
	});

	test('draws its first frames out of sight, under the loading overlay, until the map has loaded', async ({
		page
	}) => {
		// MapLibre's worker script is held back: the map is created, but it cannot cut any tiles, so
		// it cannot reach its `load`.
		let release!: () => void;
		const held = new Promise<void>((resolve) => (release = resolve));
		let workerAsked!: () => void;
		const asked = new Promise<void>((resolve) => (workerAsked = resolve));
		await page.route('**/maplibre-gl-worker*', async (route) => {
			workerAsked();
			await held;
			await route.continue();
		});
		await page.goto('/');
		await asked;
		const canvas = page.locator('canvas.maplibregl-canvas');
		await expect(canvas).toHaveCount(1);
		await expect(page.getByTestId('map')).toHaveAttribute('data-status', 'loading');
		await expect(page.getByText('Loading the map…')).toBeVisible();
		await expect(canvas).toBeHidden();

		release();
		await waitForMapIdle(page);
		await expect(page.getByText('Loading the map…')).toHaveCount(0);
		await expect(canvas).toBeVisible();
		expect(await canvas.evaluate((c) => getComputedStyle(c).visibility)).toBe('visible');
	});

	test('finds a stop at its projected pixel and shows its name when clicked', async ({ page }) => {
		const watch = await watchPage(page);
		await page.goto('/');
		await waitForMapIdle(page);

		const stops = await renderedStops(page);
		expect(stops.length).toBeGreaterThan(0);
		const size = (await page.getByTestId('map').boundingBox())!;
		// A stop well inside the canvas with no other stop within 14 px, so the click is unambiguous.
		const clear = (s: StopOnScreen) =>
			s.x > 60 &&
			s.y > 60 &&
			s.x < size.width - 60 &&
			s.y < size.height - 60 &&
			stops.every((o) => o.key === s.key || Math.hypot(o.x - s.x, o.y - s.y) > 14);
		const target = stops.find(clear);
		expect(target, 'a stop that can be clicked on its own').toBeDefined();
		if (!target) return;

		const hits = await mapCall(
			page,
			(m, { x, y }) =>
				m
					.queryRenderedFeatures([x, y], { layers: ['journey-stops'] })
					.map((f: { properties: { key: string } }) => f.properties.key),
			target
		);
		expect(hits).toContain(target.key);

		await page
			.locator('canvas.maplibregl-canvas')
			.click({ position: { x: target.x, y: target.y } });
		const panel = page.getByTestId('stop-panel');
		await expect(panel.getByRole('heading', { level: 2 })).toHaveText(target.name);
		await expect(panel.getByTestId('stop-sources').getByRole('listitem').first()).toBeVisible();
		await page.keyboard.press('Escape');
		await expect(panel).toBeHidden();
		expect(watch.errors).toEqual([]);
		expect(watch.offsite).toEqual([]);
	});

	test('shows the place name on hover', async ({ page }) => {
		await page.goto('/');
		await waitForMapIdle(page);
		const target = (await renderedStops(page))[0]!;
		await page
			.locator('canvas.maplibregl-canvas')
			.hover({ position: { x: target.x, y: target.y } });
		await expect(page.getByTestId('hover-label')).toHaveText(target.name);
	});

	test('toggles modern borders, which start hidden', async ({ page }) => {
		await page.goto('/');
		await waitForMapIdle(page);
		const visibility = () =>
			mapCall(page, (m) => m.getLayoutProperty('basemap-borders', 'visibility'));
		expect(await visibility()).toBe('none');
		await checkHeaderToggle(page, 'Modern borders');
		await expect.poll(visibility).toBe('visible');
	});

	test('says so in words when WebGL is unavailable', async ({ page }) => {
		await page.addInitScript(() => {
			const original = HTMLCanvasElement.prototype.getContext;
			HTMLCanvasElement.prototype.getContext = function (
				this: HTMLCanvasElement,
				type: string,
				...rest: unknown[]
			) {
				if (type.startsWith('webgl')) return null;
				return (original as (...a: unknown[]) => unknown).call(this, type, ...rest);
			} as typeof original;
		});
		await page.goto('/');
		await expect(page.getByRole('alert')).toContainText('This map needs WebGL');
		// The itinerary still works without the map.
		await expect(page.getByRole('heading', { name: 'Itinerary' })).toBeVisible();
	});
});
