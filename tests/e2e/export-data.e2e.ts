import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import Papa from 'papaparse';
import { clickHeaderTool, itineraryStops, waitForMapIdle, watchPage } from './helpers';
import { lpfProblems } from '../fixtures/lpf/validate-lpf';

// Open data from the "Export" menu: each format downloaded from the running app and read
// back for real (JSON parsed, LPF validated against WHG's schema, CSV parsed, GPX counted).

async function downloadText(page: Page, format: string): Promise<{ name: string; text: string }> {
	const menu = page.getByTestId('export-menu');
	if (!(await menu.isVisible())) await clickHeaderTool(page, 'Export');
	const download = page.waitForEvent('download');
	await menu.locator(`button[data-format="${format}"]`).click();
	const file = await download;
	return { name: file.suggestedFilename(), text: readFileSync((await file.path())!, 'utf8') };
}

test('the train journey downloads as GeoJSON, CSV, GPX and Linked Places', async ({ page }) => {
	const watch = await watchPage(page);
	await page.goto('/?journey=train');
	await waitForMapIdle(page);
	const stopCount = await (await itineraryStops(page)).count();
	expect(stopCount).toBeGreaterThan(10);

	const geojson = await downloadText(page, 'geojson');
	expect(geojson.name).toBe('echelon-train.echelon.geojson');
	const fc = JSON.parse(geojson.text);
	expect(fc.echelon.meta.id).toBe('train');
	const stops = fc.features.filter(
		(f: { geometry: { type: string } }) => f.geometry.type === 'Point'
	);
	expect(stops).toHaveLength(stopCount);
	expect(stops[0].properties.departDate).toBe(stops[0].properties.depart.date);

	const csv = await downloadText(page, 'csv');
	expect(csv.name).toBe('echelon-train-stops.csv');
	const rows = Papa.parse<Record<string, string>>(csv.text, {
		header: true,
		skipEmptyLines: true
	}).data;
	expect(rows).toHaveLength(stopCount);
	expect(rows[0]).toMatchObject({ id: stops[0].id, depart_date: stops[0].properties.depart.date });

	const gpx = await downloadText(page, 'gpx');
	expect(gpx.name).toBe('echelon-train.gpx');
	expect(gpx.text.match(/<wpt /g)).toHaveLength(stopCount);

	const lpf = await downloadText(page, 'lpf');
	expect(lpf.name).toBe('echelon-train-places.lpf.jsonld');
	const places = JSON.parse(lpf.text);
	expect(places.features.length).toBeGreaterThan(10);
	expect(lpfProblems(places)).toEqual({});
	// Record ids open the app at that place's first stop, on this site.
	const origin = new URL(page.url()).origin;
	expect(places.features[0]['@id']).toBe(`${origin}/?journey=train&stop=${stops[0].id}`);
	expect(places.features.some((f: { links: unknown[] }) => f.links.length > 0)).toBe(true);

	expect(watch.errors).toEqual([]);
	expect(watch.offsite).toEqual([]);
});

test('an imported journey downloads as Linked Places and CSV from its own file', async ({
	page
}) => {
	const watch = await watchPage(page);
	await page.goto('/');
	await waitForMapIdle(page);
	await clickHeaderTool(page, /^Your journeys/);
	await page
		.getByTestId('import-panel')
		.getByLabel('Import a file…')
		.setInputFiles('tests/fixtures/import/good.csv');
	await expect(page.getByTestId('import-status')).toHaveText('Imported “good”: 4 stops.');

	const lpf = await downloadText(page, 'lpf');
	expect(lpf.name).toBe('echelon-good-places.lpf.jsonld');
	const places = JSON.parse(lpf.text);
	expect(lpfProblems(places)).toEqual({});
	expect(
		places.features.map((f: { properties: { title: string } }) => f.properties.title)
	).toContain('Moscow');

	const csv = await downloadText(page, 'csv');
	const rows = Papa.parse<Record<string, string>>(csv.text, {
		header: true,
		skipEmptyLines: true
	}).data;
	expect(rows).toHaveLength(4);
	expect(watch.errors).toEqual([]);
});
