// The per-frame drawing and the data loaded after the first view (docs/performance.md): the leg under
// way is drawn by moving a line-gradient, not by re-sending its geometry; the sources and the modern
// borders arrive from their own prerendered files when needed.
import { expect, test } from '@playwright/test';
import { mapCall, waitForMapIdle, watchPage } from './helpers';

test.describe('drawing and data after the first view', () => {
	test('draws the leg under way up to the marker by moving its gradient', async ({ page }) => {
		const watch = await watchPage(page);
		const head = () =>
			mapCall(page, async (m) => {
				const data = await m.getSource('journey-head').getData();
				const g = m.getPaintProperty('journey-head', 'line-gradient');
				return { type: data.geometry?.type, edge: Array.isArray(g) ? g[3] : null };
			});
		// At the start the train stands in Moscow: no leg under way, nothing travelled. (The head's
		// layer joins the map once the first view is drawn.)
		await page.goto('/');
		await waitForMapIdle(page);
		await expect.poll(() => mapCall(page, (m) => !!m.getSource('journey-head'))).toBe(true);
		expect(await head()).toEqual({ type: 'MultiLineString', edge: 0 });

		// Between Moscow (left 8 August 1918) and Sviyazhsk (c. 10 August): the source holds that leg
		// and the gradient's edge says how much of it is travelled.
		await page.goto('/?t=1918-08-09T12:00');
		await waitForMapIdle(page);
		await expect.poll(async () => (await head()).type).toBe('LineString');
		const { edge } = await head();
		expect(edge).toBeGreaterThan(0);
		expect(edge).toBeLessThan(1);
		expect(watch.errors).toEqual([]);
	});

	test('cites full sources once they arrive, and loads modern borders when turned on', async ({
		page
	}) => {
		const watch = await watchPage(page);
		await page.goto('/');
		await waitForMapIdle(page);
		await page.getByRole('region', { name: 'Itinerary' }).locator('[data-stop]').nth(1).click();
		const sources = page.getByTestId('stop-panel').getByTestId('stop-sources');
		await expect(sources.locator('cite').first()).toBeVisible();
		await expect(sources.locator('.missing')).toHaveCount(0);

		const borderFeatures = () =>
			mapCall(page, (m) => m.querySourceFeatures('basemap-countries').length);
		expect(await borderFeatures()).toBe(0);
		await page.getByLabel('Modern borders').check();
		await expect.poll(borderFeatures).toBeGreaterThan(0);
		expect(watch.errors).toEqual([]);
		expect(watch.offsite).toEqual([]);
	});
});
