import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import {
	clickHeaderTool,
	expectTimelineFitsJourney,
	headerButton,
	itineraryStops,
	waitForMapIdle,
	watchPage
} from './helpers';

// The reader's own journeys: import (button, drop, ?import= link), validation with a clear alert,
// partial import after a yes, hostile text shown as text, export, remove, and persistence in IndexedDB.

const FIXTURES = 'tests/fixtures/import';
const fixture = (name: string) => `${FIXTURES}/${name}`;
const itinerary = (page: Page) => page.getByRole('region', { name: 'Itinerary' });
const journeySelect = (page: Page) => page.getByRole('combobox', { name: 'Journey' });
const clock = async (page: Page) => Number(await page.getByTestId('now').getAttribute('data-t'));
const FLAGSHIP = ['train', 'exile'];

async function optionValues(page: Page): Promise<string[]> {
	return journeySelect(page)
		.locator('option')
		.evaluateAll((els) => els.map((e) => (e as HTMLOptionElement).value));
}

async function importFile(page: Page, name: string) {
	const panel = page.getByTestId('import-panel');
	if (!(await panel.isVisible())) await clickHeaderTool(page, /^Your journeys/);
	await panel.getByLabel('Import a file…').setInputFiles(fixture(name));
}

async function open(page: Page, path = '/') {
	const watch = await watchPage(page);
	page.on('dialog', (d) => {
		watch.errors.push(`a dialog opened: ${d.message()}`);
		void d.dismiss();
	});
	await page.goto(path);
	await waitForMapIdle(page);
	// The import UI loads after the first view; drops before it are not ours to catch.
	await expect(headerButton(page, /^Your journeys/)).toBeAttached();
	return watch;
}

test.describe('your own journeys', () => {
	test('a good CSV imports, plays, shows its stops and its distance', async ({ page }) => {
		const watch = await open(page);
		const flagshipStops = await (await itineraryStops(page)).count();
		await importFile(page, 'good.csv');

		await expect(page.getByTestId('import-status')).toHaveText('Imported “good”: 4 stops.');
		await expect(journeySelect(page)).toHaveValue('good');
		expect(await optionValues(page)).toEqual([...FLAGSHIP, 'good']);
		const stops = itinerary(page).locator('[data-stop]');
		await expect(stops).toHaveCount(4);
		await expect(stops.first()).toHaveAccessibleName(/^Moscow, /);
		await expect(stops.last()).toHaveAccessibleName(/^Saratov, /);

		// It plays: the clock starts in May 1920 and moves forward.
		await expect(page.getByTestId('import-panel')).toBeHidden();
		await waitForMapIdle(page);
		const start = await clock(page);
		expect(new Date(start * 864e5).toISOString().slice(0, 10)).toBe('1920-05-01');
		await page.getByRole('button', { name: 'Play' }).click();
		await expect.poll(() => clock(page)).toBeGreaterThan(start + 1);
		await page.getByRole('button', { name: 'Pause' }).click();
		// The timeline is the imported journey's.
		await expectTimelineFitsJourney(page);

		// Its stop opens in the stop panel, with the file as its source.
		await stops.nth(2).click();
		const panel = page.getByTestId('stop-panel');
		await expect(panel.getByRole('heading', { level: 2 })).toHaveText('Penza');
		await expect(panel).toContainText('A rally at the station');

		// Its length is in the Distances panel, like the flagship journeys'.
		await clickHeaderTool(page, 'Distances');
		const distances = page.getByTestId('distances-panel');
		await expect(distances.getByRole('heading', { name: 'good' })).toBeVisible();
		await page.getByRole('button', { name: 'Close distances' }).click();

		// The flagship journey is untouched.
		await journeySelect(page).selectOption('train');
		await expect(itinerary(page).locator('[data-stop]')).toHaveCount(flagshipStops);
		expect(watch.errors).toEqual([]);
		expect(watch.offsite).toEqual([]);
	});

	test('a broken file shows the alert and leaves the flagship journeys as they were', async ({
		page
	}) => {
		const watch = await open(page);
		const before = await (await itineraryStops(page)).count();
		await importFile(page, 'broken.csv');

		const alert = page.getByRole('alert');
		await expect(alert).toContainText('broken.csv could not be imported');
		await expect(alert).toContainText(
			'broken.csv › row 1 (the header): found "city;when;where", which names no lat and lon columns: the first row must name the columns: name,lat,lon,date (and optionally note, mode)'
		);
		await expect(alert).toContainText('Nothing was changed.');
		expect(await optionValues(page)).toEqual(FLAGSHIP);
		await expect(journeySelect(page)).toHaveValue('train');
		await expect(itinerary(page).locator('[data-stop]')).toHaveCount(before);
		expect(watch.errors).toEqual([]);
	});

	test('a partly bad file lists its bad rows and imports the rest only after a yes', async ({
		page
	}) => {
		await open(page);
		await importFile(page, 'partial.csv');
		const confirm = page.getByTestId('import-confirm');
		await expect(confirm).toHaveRole('alert');
		await expect(confirm).toContainText('3 problems in partial.csv.');
		await expect(confirm.getByRole('listitem')).toHaveText([
			/^partial\.csv › row 3 › lat, lon: latitude 555 is outside/,
			/^partial\.csv › row 4 › date: "1920-02-30" is not a real calendar date/,
			/^partial\.csv › row 6 › name: the name is empty/
		]);
		// Nothing is added before the reader agrees.
		expect(await optionValues(page)).toEqual(FLAGSHIP);
		await confirm.getByRole('button', { name: 'Cancel' }).click();
		expect(await optionValues(page)).toEqual(FLAGSHIP);

		await importFile(page, 'partial.csv');
		await page.getByRole('button', { name: 'Import the 3 good stops' }).click();
		await expect(journeySelect(page)).toHaveValue('partial');
		await expect(itinerary(page).locator('[data-stop]')).toHaveCount(3);
	});

	test('a hostile name renders as text and runs nothing', async ({ page }) => {
		const watch = await open(page);
		await importFile(page, 'hostile.csv');
		await expect(journeySelect(page)).toHaveValue('hostile');
		const first = itinerary(page).locator('[data-stop]').first();
		await expect(first).toContainText('<img src=x onerror=alert(1)>');
		await first.click();
		const panel = page.getByTestId('stop-panel');
		await expect(panel.getByRole('heading', { level: 2 })).toHaveText(
			'<img src=x onerror=alert(1)>'
		);
		await expect(panel).toContainText('<script>alert(2)</script>');
		// No element was made from the text: no stray image, script or javascript: link.
		expect(
			await page.locator('img[src="x"], script:text("alert"), a[href^="javascript:"]').count()
		).toBe(0);
		expect(watch.errors).toEqual([]);
	});

	test('an imported journey survives a reload, exports as Echelon GeoJSON and can be removed', async ({
		page
	}) => {
		await open(page);
		await importFile(page, 'track.gpx');
		await expect(journeySelect(page)).toHaveValue('crimean-walk');
		// It shows before it is kept in this browser: a reload only once it is.
		await expect(page.getByTestId('import-status')).toHaveAttribute('data-saving', 'false');

		await page.reload();
		await waitForMapIdle(page);
		await expect.poll(() => optionValues(page)).toEqual([...FLAGSHIP, 'crimean-walk']);
		await journeySelect(page).selectOption('crimean-walk');
		await expect(itinerary(page).locator('[data-stop]')).toHaveCount(4);
		// A link to it opens it once it is restored.
		expect(new URL(page.url()).searchParams.get('journey')).toBe('crimean-walk');
		await page.reload();
		await expect(journeySelect(page)).toHaveValue('crimean-walk');

		await clickHeaderTool(page, /^Your journeys/);
		const download = page.waitForEvent('download');
		await page.getByRole('button', { name: 'Export Crimean walk' }).click();
		const file = await download;
		expect(file.suggestedFilename()).toBe('crimean-walk.echelon.geojson');
		const exported = JSON.parse(readFileSync((await file.path())!, 'utf8'));
		expect(exported).toMatchObject({
			type: 'FeatureCollection',
			echelon: { format: 'echelon-journey', version: 1, meta: { id: 'crimean-walk' } }
		});
		expect(exported.features).toHaveLength(4 + 3);

		await page.getByRole('button', { name: 'Remove Crimean walk' }).click();
		expect(await optionValues(page)).toEqual(FLAGSHIP);
		await expect(journeySelect(page)).toHaveValue('train');
		await page.reload();
		await waitForMapIdle(page);
		await expect(headerButton(page, 'Your journeys')).toBeAttached();
		expect(await optionValues(page)).toEqual(FLAGSHIP);
	});

	test('a file dropped on the page is imported', async ({ page }) => {
		await open(page);
		const text = readFileSync(fixture('points.geojson'), 'utf8');
		const dataTransfer = await page.evaluateHandle((t) => {
			const dt = new DataTransfer();
			dt.items.add(new File([t], 'points.geojson', { type: 'application/geo+json' }));
			return dt;
		}, text);
		const map = page.getByTestId('map');
		await map.dispatchEvent('dragenter', { dataTransfer });
		await map.dispatchEvent('dragover', { dataTransfer });
		await map.dispatchEvent('drop', { dataTransfer });
		await expect(journeySelect(page)).toHaveValue('volga-by-steamer');
		await expect(itinerary(page).locator('[data-stop]')).toHaveCount(3);
	});

	test('files over the size or the track point limit are refused with a message', async ({
		page
	}) => {
		test.setTimeout(180_000);
		const watch = await open(page);
		/** Drops a file made in the page: 101 MB of spaces, or a track of 1,000,001 points. */
		const drop = async (kind: 'huge' | 'long') => {
			const dataTransfer = await page.evaluateHandle((k) => {
				const dt = new DataTransfer();
				if (k === 'huge')
					dt.items.add(new File([new Uint8Array(101 * 1024 * 1024).fill(32)], 'huge.csv'));
				else {
					const coords = Array.from({ length: 1_000_001 }, (_, i) => [30 + i / 1e6, 50]);
					const text = JSON.stringify({
						type: 'FeatureCollection',
						features: [
							{
								type: 'Feature',
								geometry: { type: 'LineString', coordinates: coords },
								properties: { name: 'Long', start: '1920-01-01', end: '1920-01-05' }
							}
						]
					});
					dt.items.add(new File([text], 'long.geojson'));
				}
				return dt;
			}, kind);
			await page.getByTestId('map').dispatchEvent('drop', { dataTransfer });
		};
		await drop('huge');
		await expect(page.getByRole('alert')).toContainText(
			'huge.csv: the file is 101 MB, over the limit of 100 MB: split it or simplify its tracks'
		);
		await drop('long');
		await expect(page.getByRole('alert')).toContainText(
			'long.geojson: the file has more than 1,000,000 track points, over the limit for one journey'
		);
		// The tab stayed responsive and nothing changed.
		await page.getByRole('button', { name: 'Play' }).click();
		await expect(page.getByRole('button', { name: 'Pause' })).toBeVisible();
		expect(await optionValues(page)).toEqual(FLAGSHIP);
		expect(watch.errors).toEqual([]);
	});

	test('?import= reads a file from this site, and refuses other sites', async ({ page }) => {
		await page.route(
			(url) => url.pathname === '/my-files/good.csv',
			(route) => route.fulfill({ body: readFileSync(fixture('good.csv')), contentType: 'text/csv' })
		);
		const watch = await open(page, '/?import=/my-files/good.csv');
		await expect(journeySelect(page)).toHaveValue('good');
		expect(watch.offsite).toEqual([]);

		await page.goto('/?import=https://example.com/evil.csv');
		await waitForMapIdle(page);
		await expect(page.getByRole('alert')).toContainText(
			'only files from this site can be imported by link'
		);
		// The first import is still there, restored from this browser; nothing was fetched offsite.
		await expect.poll(() => optionValues(page)).toEqual([...FLAGSHIP, 'good']);
		expect(watch.offsite).toEqual([]);
	});
});
