// The per-frame drawing and the data loaded after the first view (docs/performance.md): the leg under
// way is drawn by showing its pieces behind the marker, not by re-sending its geometry; the sources
// and the modern borders arrive from their own prerendered files when needed.
import { expect, test } from '@playwright/test';
import { checkHeaderToggle, mapCall, waitForMapIdle, watchPage } from './helpers';

test.describe('drawing and data after the first view', () => {
	test('draws the leg under way up to the marker by showing its pieces behind it', async ({
		page
	}) => {
		const watch = await watchPage(page);
		// The head's pieces and how many of them the map shows (feature-state `travelled`).
		const head = () =>
			mapCall(page, async (m) => {
				const data = await m.getSource('journey-head').getData();
				const features = data.features as { id: number }[];
				const travelled = features.filter(
					(f) => m.getFeatureState({ source: 'journey-head', id: f.id }).travelled
				).length;
				return { pieces: features.length, travelled };
			});
		// At the start the train stands in Moscow: no leg under way, nothing travelled. (The head's
		// layer joins the map once the first view is drawn.)
		await page.goto('/');
		await waitForMapIdle(page);
		await expect.poll(() => mapCall(page, (m) => !!m.getSource('journey-head'))).toBe(true);
		expect(await head()).toEqual({ pieces: 0, travelled: 0 });

		// Between Moscow (left 8 August 1918) and Sviyazhsk (c. 10 August): the source holds that leg
		// in pieces, and those behind the marker are shown.
		await page.goto('/?t=1918-08-09T12:00');
		await waitForMapIdle(page);
		await expect.poll(async () => (await head()).pieces).toBeGreaterThan(1);
		await expect.poll(async () => (await head()).travelled).toBeGreaterThan(0);
		const { pieces, travelled } = await head();
		expect(travelled).toBeLessThan(pieces);
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
		await checkHeaderToggle(page, 'Modern borders');
		await expect.poll(borderFeatures).toBeGreaterThan(0);
		expect(watch.errors).toEqual([]);
		expect(watch.offsite).toEqual([]);
	});
});
