import { expect, test } from '@playwright/test';
import { renderedStops, waitForMapIdle, watchPage, type StopOnScreen } from './helpers';

test.describe('the main page', () => {
	test('paints the shell, then the offline map with both journeys', async ({ page }) => {
		const watch = await watchPage(page);
		await page.goto('/');
		await expect(page.getByRole('heading', { level: 1, name: 'Echelon' })).toBeVisible();
		await waitForMapIdle(page);

		const layers = await page.evaluate(() =>
			(
				window as unknown as { __echelonMap: { getStyle(): { layers: { id: string }[] } } }
			).__echelonMap
				.getStyle()
				.layers.map((l) => l.id)
		);
		expect(layers).toEqual(
			expect.arrayContaining(['basemap-land', 'basemap-rivers', 'journey-legs', 'journey-stops'])
		);
		// The README shows what a visitor first sees.
		await page.screenshot({ path: 'docs/screenshot.png' });

		// Both journeys are drawn: their stops are among the rendered features once framed.
		await page.evaluate(() =>
			(window as unknown as { __echelonMap: { jumpTo(o: object): void } }).__echelonMap.jumpTo({
				center: [50, 50],
				zoom: 1.5
			})
		);
		await waitForMapIdle(page);
		const journeys = await page.evaluate(() =>
			[
				...new Set(
					(
						window as unknown as {
							__echelonMap: {
								queryRenderedFeatures(o: object): { properties: { journey: string } }[];
							};
						}
					).__echelonMap
						.queryRenderedFeatures({ layers: ['journey-stops'] })
						.map((f) => f.properties.journey)
				)
			].sort()
		);
		expect(journeys).toEqual(['exile', 'train']);
		expect(watch.errors).toEqual([]);
		expect(watch.offsite).toEqual([]);
	});

	test('finds a stop at its projected pixel and shows its name when clicked', async ({ page }) => {
		const watch = await watchPage(page);
		await page.goto('/');
		await waitForMapIdle(page);

		const stops = await renderedStops(page);
		expect(stops.length).toBeGreaterThan(0);
		const size = await page.getByTestId('map').boundingBox();
		// Pick a stop well inside the canvas with no other stop within 12 px, so the click is unambiguous.
		const clear = (s: StopOnScreen) =>
			s.x > 40 &&
			s.y > 40 &&
			s.x < size!.width - 60 &&
			s.y < size!.height - 60 &&
			stops.every((o) => o.id === s.id || Math.hypot(o.x - s.x, o.y - s.y) > 12);
		const target = stops.find(clear);
		expect(target, 'a stop that can be clicked on its own').toBeDefined();
		if (!target) return;

		const hits = await page.evaluate(
			({ x, y }) =>
				(
					window as unknown as {
						__echelonMap: {
							queryRenderedFeatures(p: [number, number], o: object): { id?: unknown }[];
						};
					}
				).__echelonMap
					.queryRenderedFeatures([x, y], { layers: ['journey-stops'] })
					.map((f) => String(f.id)),
			target
		);
		expect(hits).toContain(target.id);

		await page
			.locator('canvas.maplibregl-canvas')
			.click({ position: { x: target.x, y: target.y } });
		const card = page.getByTestId('stop-card');
		await expect(card.getByRole('heading', { level: 2 })).toHaveText(target.name);
		await expect(card.getByTestId('stop-date')).not.toBeEmpty();
		await page.keyboard.press('Escape');
		await expect(card).toBeHidden();
		expect(watch.errors).toEqual([]);
		expect(watch.offsite).toEqual([]);
	});

	test('toggles modern borders, which start hidden', async ({ page }) => {
		await page.goto('/');
		await waitForMapIdle(page);
		const visibility = () =>
			page.evaluate(() =>
				(
					window as unknown as { __echelonMap: { getLayoutProperty(l: string, p: string): string } }
				).__echelonMap.getLayoutProperty('basemap-borders', 'visibility')
			);
		expect(await visibility()).toBe('none');
		await page.getByLabel('Modern borders').check();
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
	});
});
