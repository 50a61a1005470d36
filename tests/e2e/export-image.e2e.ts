import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { clickHeaderTool, waitForMapIdle, watchPage } from './helpers';
import { figureLayout } from '../../src/lib/export/figure';

// "Save image": a PNG of the current view at the chosen width, with the title band and the legend,
// scale and citation strip around the map.

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

test('Save image writes a PNG of the view at the chosen width', async ({ page }) => {
	const watch = await watchPage(page);
	await page.goto('/?journey=train&stop=1918-08-10-sviyazhsk_stn');
	await waitForMapIdle(page);
	await clickHeaderTool(page, 'Export');
	const menu = page.getByTestId('export-menu');
	await menu.getByLabel('Width').selectOption('1280');
	const download = page.waitForEvent('download');
	await menu.getByRole('button', { name: 'Save image' }).click();
	const file = await download;
	expect(file.suggestedFilename()).toMatch(/^echelon-train-1918-08-\d\d-1280w\.png$/);
	const png = readFileSync((await file.path())!);

	expect([...png.subarray(0, 8)]).toEqual(PNG_SIGNATURE);
	// IHDR: width and height, big-endian, at bytes 16 and 20.
	const width = png.readUInt32BE(16);
	const height = png.readUInt32BE(20);
	expect(width).toBe(1280);
	// The view keeps the map's own proportions (its size in whole CSS pixels, as the page lays it out).
	const box = await page
		.getByTestId('map')
		.evaluate((el) => ({ width: el.clientWidth, height: el.clientHeight }));
	const { top, bottom } = figureLayout(1280);
	expect(height).toBe(top + Math.round((box.height * 1280) / box.width) + bottom);

	// The map is in it, not a blank canvas: decode it in the page and look at the pixels.
	const colours = await page.evaluate(
		async (dataUrl) => {
			const img = new Image();
			img.src = dataUrl;
			await img.decode();
			const c = document.createElement('canvas');
			c.width = img.width;
			c.height = img.height;
			const ctx = c.getContext('2d')!;
			ctx.drawImage(img, 0, 0);
			const px = ctx.getImageData(0, 0, c.width, c.height).data;
			const seen = new Set<string>();
			for (let i = 0; i < px.length; i += 4 * 97) seen.add(`${px[i]},${px[i + 1]},${px[i + 2]}`);
			return seen.size;
		},
		`data:image/png;base64,${png.toString('base64')}`
	);
	expect(colours).toBeGreaterThan(20);
	await expect(page.getByTestId('export-status')).toHaveText(`Saved ${file.suggestedFilename()}.`);
	expect(watch.errors).toEqual([]);
});
