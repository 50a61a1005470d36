import { expect, test } from '@playwright/test';
import { itineraryStops, waitForMapIdle, watchPage } from './helpers';

// Offline after the first visit: the service worker precaches the site, the basemap and the data,
// so a reload with the network off still draws the map and lists the itinerary.
test.use({ serviceWorkers: 'allow' });

test('after one visit the app reloads and works with the network off', async ({
	page,
	context
}) => {
	const watch = await watchPage(page);
	await page.goto('/?journey=exile');
	await waitForMapIdle(page);
	// The worker has installed (precached everything) and controls the page.
	await page.evaluate(async () => {
		await navigator.serviceWorker.ready;
		if (!navigator.serviceWorker.controller)
			await new Promise((r) => navigator.serviceWorker.addEventListener('controllerchange', r));
	});
	const stops = await itineraryStops(page);
	const stopCount = await stops.count();
	expect(stopCount).toBeGreaterThan(10);

	await context.setOffline(true);
	await page.reload();
	await waitForMapIdle(page);
	await expect(stops).toHaveCount(stopCount);
	await expect(page.getByRole('combobox', { name: 'Journey' })).toHaveValue('exile');
	// The map drew the journey from cached code and data.
	await expect
		.poll(() =>
			page.evaluate(
				() =>
					(
						window as unknown as { __echelonMap: { queryRenderedFeatures(o: object): unknown[] } }
					).__echelonMap.queryRenderedFeatures({ layers: ['journey-stops'] }).length
			)
		)
		.toBeGreaterThan(0);
	// Data fetched after the first view (the sources) comes from the cache too.
	const sourcesOk = await page.evaluate(async () => (await fetch('/data/sources.json')).ok);
	expect(sourcesOk).toBe(true);
	// Another journey, by link, offline.
	await page.goto('/?journey=train');
	await waitForMapIdle(page);
	await expect(page.getByRole('combobox', { name: 'Journey' })).toHaveValue('train');
	expect(watch.errors.filter((e) => !/ERR_INTERNET_DISCONNECTED/.test(e))).toEqual([]);
});
