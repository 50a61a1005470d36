import { expect, test } from '@playwright/test';
import { clickHeaderTool, waitForMapIdle, watchPage } from './helpers';

// The embed: `?embed` shows the map, the timeline and the playback controls only, at the journey,
// date and stop of its link, with a link back to the whole app; "Copy embed code" gives the iframe.

test('the embed page has the map and the playback bar, no app header, and a link back', async ({
	page
}) => {
	const watch = await watchPage(page);
	await page.goto('/?journey=exile&stop=1929-02-12-istanbul&embed');
	await waitForMapIdle(page);
	await expect(page.getByRole('button', { name: 'Play' })).toBeVisible();
	await expect(page.getByRole('slider').first()).toBeVisible();
	await expect(page.getByRole('banner')).toHaveCount(0);
	await expect(page.getByRole('heading', { name: 'Echelon' })).toHaveCount(0);
	await expect(page.getByRole('region', { name: 'Itinerary' })).toHaveCount(0);
	await expect(page.getByTestId('now')).toContainText('1929');
	const back = page.getByRole('link', { name: /Open in Echelon/ });
	const href = new URL((await back.getAttribute('href'))!, page.url());
	expect(href.searchParams.get('journey')).toBe('exile');
	expect(href.searchParams.has('embed')).toBe(false);
	// The URL the page keeps in sync still says embed, so a reload stays an embed.
	await expect.poll(() => new URL(page.url()).searchParams.has('embed')).toBe(true);
	expect(watch.errors).toEqual([]);
});

test('Copy embed code gives an iframe of this view', async ({ page, context }) => {
	await context.grantPermissions(['clipboard-read', 'clipboard-write']);
	await watchPage(page);
	await page.goto('/?journey=exile');
	await waitForMapIdle(page);
	await clickHeaderTool(page, 'Export');
	await page.getByRole('button', { name: 'Copy embed code' }).click();
	await expect(page.getByTestId('export-status')).toHaveText('Embed code copied.');
	const code = await page.evaluate(() => navigator.clipboard.readText());
	expect(code).toMatch(/^<iframe src="[^"]+" title="[^"]+"[^<>]*><\/iframe>$/);
	const src = new URL(code.match(/src="([^"]+)"/)![1]!.replaceAll('&amp;', '&'));
	expect(src.searchParams.get('journey')).toBe('exile');
	expect(src.searchParams.has('embed')).toBe(true);
});
