import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { bigStopsCsv, bigTrackGpx } from '../../src/lib/import/fixtures/big-files';
import { ALEXANDER_CSV } from '../../src/lib/import/fixtures/bc-journey';
import { encodeSingleByte, RUSSIAN_CSV } from '../../src/lib/import/fixtures/legacy-encoding';
import { clickHeaderTool, headerButton, waitForMapIdle, watchPage } from './helpers';

// Files as readers have them, through the file chooser: a legacy code page, a European spreadsheet,
// BC dates, swapped coordinates, the same file twice, and a stop list and a GPS log at the limits'
// scale.

type Upload = { name: string; mimeType: string; buffer: Buffer } | string;

const itinerary = (page: Page) => page.getByRole('region', { name: 'Itinerary' });
const journeySelect = (page: Page) => page.getByRole('combobox', { name: 'Journey' });
const clock = async (page: Page) => Number(await page.getByTestId('now').getAttribute('data-t'));
const csv = (name: string, text: string | Uint8Array): Upload => ({
	name,
	mimeType: 'text/csv',
	buffer: Buffer.from(text)
});

async function open(page: Page) {
	const watch = await watchPage(page);
	await page.goto('/');
	await waitForMapIdle(page);
	await expect(headerButton(page, /^Your journeys/)).toBeAttached();
	return watch;
}

async function choose(page: Page, file: Upload) {
	const panel = page.getByTestId('import-panel');
	if (!(await panel.isVisible())) await clickHeaderTool(page, /^Your journeys/);
	await panel.getByLabel('Import a file…').setInputFiles(file);
}

async function expectPlays(page: Page) {
	await expect(page.getByTestId('import-panel')).toBeHidden();
	const start = await clock(page);
	await page.getByRole('button', { name: 'Play' }).click();
	await expect.poll(() => clock(page), { timeout: 60_000 }).toBeGreaterThan(start);
	await page.getByRole('button', { name: 'Pause' }).click();
}

test.describe('importing any file a reader has', () => {
	test('a Windows-1251 CSV: the encoding is named and the names show correctly', async ({
		page
	}) => {
		const watch = await open(page);
		await choose(page, csv('города.csv', encodeSingleByte(RUSSIAN_CSV, 'windows-1251')));
		const confirm = page.getByTestId('import-confirm');
		await expect(confirm).toContainText('Text encoding: windows-1251 (detected from its bytes).');
		await expect(confirm).toContainText('First names read: Москва, Казань, Свияжск, Симбирск.');
		// Another encoding can be picked; reading as KOI8-R garbles the names, and back again.
		await confirm.getByLabel(/Names look wrong/).selectOption('koi8-r');
		await confirm.getByRole('button', { name: 'Read again' }).click();
		await expect(confirm).toContainText('Text encoding: koi8-r (chosen by you).');
		await expect(confirm).not.toContainText('Москва');
		await confirm.getByLabel(/Names look wrong/).selectOption('windows-1251');
		await confirm.getByRole('button', { name: 'Read again' }).click();
		await expect(confirm).toContainText('Text encoding: windows-1251 (chosen by you).');
		await confirm.getByRole('button', { name: 'Import the 4 stops' }).click();
		await expect(itinerary(page).locator('[data-stop]').first()).toHaveAccessibleName(/^Москва, /);
		await expectPlays(page);
		expect(watch.errors).toEqual([]);
	});

	test('a decimal-comma DD.MM.YYYY spreadsheet imports and says how it was read', async ({
		page
	}) => {
		const watch = await open(page);
		const text =
			'name;lat;lon;date\nMünchen;48,1372;11,5756;17.09.1918\nZürich;47,3769;8,5417;20.09.1918\nGenève;46,2044;6,1432;22.09.1918\n';
		await choose(page, csv('reise.csv', text));
		await expect(page.getByTestId('import-status')).toHaveText(
			'Imported “reise”: 3 stops. Dates read as DD.MM.YYYY. Decimal commas read as decimal points (55,7558 is 55.7558).'
		);
		const stops = itinerary(page).locator('[data-stop]');
		await expect(stops).toHaveCount(3);
		await expect(stops.first()).toHaveAccessibleName(/^München, /);
		await expectPlays(page);
		expect(watch.errors).toEqual([]);
	});

	test('a CSV with BC dates plays, shows BC in the date, the timeline and the stop, and keeps it in the URL', async ({
		page
	}) => {
		const watch = await open(page);
		await choose(page, csv('alexander.csv', ALEXANDER_CSV));
		await expect(page.getByTestId('import-status')).toContainText('Imported “alexander”: 6 stops.');
		const now = page.getByTestId('now').locator('strong');
		await expect(now).toHaveText('1 January 334 BC');
		// Years count down as time runs on: 333 BC, 332 BC, 331 BC at their 1 January (the clock starts
		// within 334 BC, after its 1 January, as the flagship's starts after 1 January 1918).
		const yearLabels = async () =>
			(await page.locator('.timeline .axis .label').allTextContents()).filter((l) => /BC/.test(l));
		await expect.poll(yearLabels).toEqual(['333 BC', '332 BC', '331 BC']);
		await expectPlays(page);
		await expect(now).toContainText(/\d+ \w+ 33\d BC/);

		const stop = itinerary(page).locator('[data-stop]').nth(4);
		await expect(stop).toHaveAccessibleName('Gaugamela, arrived 26 September 331 BC');
		await stop.click();
		const panel = page.getByTestId('stop-panel');
		await expect(panel.getByTestId('stop-dates')).toContainText('26 September 331 BC (exact day)');
		await expect(panel.getByTestId('stop-dates')).toContainText('Given as 1 October 331 BC O.S.');
		await expect(now).toContainText('26 September 331 BC');
		await expect(page).toHaveURL(/[?&]t=-0330-09-26T\d\d%3A\d\d&.*stop=-0330-09-26-alexander_5/);
		const t = await clock(page);

		await page.reload();
		await waitForMapIdle(page);
		await expect(journeySelect(page)).toHaveValue('alexander');
		await expect(now).toContainText('26 September 331 BC');
		expect(await clock(page)).toBeCloseTo(t, 3);
		await expect(page.getByTestId('stop-panel').getByRole('heading', { level: 2 })).toHaveText(
			'Gaugamela'
		);
		// Distances: the period and the chart's time axis in BC years, never '-0333'.
		await page.getByTestId('headline').click();
		await expect(page.getByTestId('distances-comparison')).toContainText('334 BC–331 BC');
		const axis = page.getByTestId('distances-chart-alexander').locator('svg');
		await expect(axis).toContainText('BC');
		await expect(axis).not.toContainText('-0');
		await page.getByRole('button', { name: 'Close distances' }).click();
		await page.getByRole('tab', { name: 'About' }).click();
		await expect(page.getByTestId('dates-method')).toContainText('1 BC is followed by AD 1');
		expect(watch.errors).toEqual([]);
	});

	test('swapped coordinates get the offer to swap before anything is imported', async ({
		page
	}) => {
		await open(page);
		const swapped =
			'name,lat,lon,date\nParis,2.3522,48.8566,1920-05-01\nBerlin,13.4050,52.5200,1920-05-03\nWarsaw,21.0122,52.2297,1920-05-05\n';
		await choose(page, csv('swapped.csv', swapped));
		const confirm = page.getByTestId('import-confirm');
		await expect(confirm.getByTestId('import-swap-offer')).toContainText(
			'of the route lies at sea; with latitude and longitude swapped'
		);
		await expect(journeySelect(page)).toHaveValue('train');
		await confirm.getByRole('button', { name: 'Swap latitude and longitude and import' }).click();
		await expect(page.getByTestId('import-status')).toContainText(
			'Latitude and longitude were swapped, as you asked.'
		);
		await expect(journeySelect(page)).toHaveValue('swapped');
	});

	test('the same file twice gets the question, and Cancel keeps one journey', async ({ page }) => {
		await open(page);
		await choose(page, 'tests/fixtures/import/good.csv');
		await expect(page.getByTestId('import-status')).toHaveText('Imported “good”: 4 stops.');
		await choose(page, 'tests/fixtures/import/good.csv');
		await expect(page.getByTestId('import-duplicate')).toHaveText(
			'You have already imported this file, as “good”.'
		);
		await page.getByTestId('import-confirm').getByRole('button', { name: 'Cancel' }).click();
		await expect(headerButton(page, /^Your journeys/)).toHaveText('Your journeys (1)');
		// After a reload the saved journey still knows its file.
		await page.reload();
		await waitForMapIdle(page);
		await expect(headerButton(page, /^Your journeys/)).toHaveText('Your journeys (1)');
		await choose(page, 'tests/fixtures/import/good.csv');
		await expect(page.getByTestId('import-duplicate')).toBeVisible();
	});

	// Generated into a temporary folder: files this size are not committed.
	const bigFile = (name: string, text: string) => {
		const path = join(mkdtempSync(join(tmpdir(), 'echelon-big-')), name);
		writeFileSync(path, text);
		return path;
	};

	test('a 150,000-stop CSV imports and plays', async ({ page }) => {
		test.setTimeout(600_000);
		const watch = await open(page);
		await choose(page, bigFile('stops-150k.csv', bigStopsCsv(150_000)));
		await expect(page.getByTestId('import-status')).toHaveText(
			'Imported “stops-150k”: 150000 stops.',
			{ timeout: 240_000 }
		);
		// The itinerary lists a window of the stops, not all 150,000 (src/lib/ui/itinerary/window.ts).
		await expect(page.getByTestId('itinerary-window')).toContainText(
			'Showing stops 1–2,000 of 150,000, around the clock'
		);
		expect(await page.locator('[data-stop]').count()).toBe(2000);
		await expectPlays(page);
		expect(watch.errors).toEqual([]);
	});

	test('a 1,000,000-point GPX imports and plays', async ({ page }) => {
		test.setTimeout(600_000);
		const watch = await open(page);
		await choose(page, bigFile('track-1m.gpx', bigTrackGpx(1_000_000)));
		await expect(page.getByTestId('import-status')).toHaveText(
			'Imported “Synthetic GPS log”: 2 stops.',
			{ timeout: 240_000 }
		);
		await expectPlays(page);
		expect(watch.errors).toEqual([]);
	});
});
