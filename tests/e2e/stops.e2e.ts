import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { itineraryStops, mapCall, waitForMapIdle, watchPage } from './helpers';

const itinerary = (page: Page) => page.getByRole('region', { name: 'Itinerary' });

async function seriousViolations(page: Page) {
	const results = await new AxeBuilder({ page })
		// The map canvas is a WebGL surface with its own text equivalent (the itinerary).
		.exclude('canvas.maplibregl-canvas')
		.analyze();
	return results.violations
		.filter((v) => v.impact === 'serious' || v.impact === 'critical')
		.map((v) => `${v.id}: ${v.help} (${v.nodes.length}) ${v.nodes[0]?.target.join(' ')}`);
}

test.describe('stops in context', () => {
	test('choosing a stop in the itinerary selects it on the map and sets the date and the URL', async ({
		page
	}) => {
		const watch = await watchPage(page);
		await page.goto('/');
		await waitForMapIdle(page);
		const button = itinerary(page).locator('[data-stop]').nth(3);
		const stopId = await button.getAttribute('data-stop');
		const label = (await button.getAttribute('aria-label')) ?? '';
		await button.click();

		const panel = page.getByTestId('stop-panel');
		await expect(panel.getByRole('heading', { level: 2 })).toHaveText(label.split(',')[0]!);
		await expect(panel.getByTestId('stop-sources').getByRole('listitem').first()).toBeVisible();
		await expect(panel.getByText(/Documented|Probable|Reconstructed/).first()).toBeVisible();
		await expect.poll(() => new URL(page.url()).searchParams.get('stop')).toBe(stopId);
		await expect(page.getByRole('slider', { name: 'Timeline' })).toHaveAttribute(
			'aria-valuetext',
			/\d{4}$/
		);
		await expect
			.poll(() =>
				mapCall(
					page,
					(m, key) => m.getFeatureState({ source: 'journey-stops', id: key }).selected,
					`train/${stopId}`
				)
			)
			.toBe(true);
		expect(watch.errors).toEqual([]);
	});

	test('the itinerary works by keyboard alone', async ({ page }) => {
		await page.goto('/');
		// The legs between the stops are listed once the map has drawn.
		await expect(itinerary(page).locator('[data-leg]').first()).toBeAttached();
		const first = itinerary(page).locator('[data-stop]').first();
		await first.focus();
		// Between two stops lies the leg joining them (legs.e2e.ts opens it), then the next stop.
		await page.keyboard.press('Tab');
		await expect(page.locator(':focus')).toHaveAttribute('data-leg', /.+/);
		await page.keyboard.press('Tab');
		const focused = page.locator(':focus');
		const label = (await focused.getAttribute('aria-label')) ?? '';
		await page.keyboard.press('Enter');
		await expect(page.getByTestId('stop-panel').getByRole('heading', { level: 2 })).toHaveText(
			label.split(',')[0]!
		);
	});

	test('search finds a stop by its modern name', async ({ page }) => {
		await page.goto('/');
		await itinerary(page).getByLabel('Search places').fill('Volgograd');
		const hits = itinerary(page).locator('[data-stop]');
		await expect(hits.first()).toBeVisible();
		await expect(hits.first()).toContainText('Tsaritsyn');
		await expect(hits.first()).toContainText('Volgograd');

		await page.getByRole('combobox', { name: 'Journey', exact: true }).selectOption('exile');
		await itinerary(page).getByLabel('Search places').fill('Bishkek');
		await expect(itinerary(page).locator('[data-stop]').first()).toContainText('Frunze');
	});

	test('filters by grade', async ({ page }) => {
		await page.goto('/');
		const all = await (await itineraryStops(page)).count();
		await itinerary(page).getByLabel('Grade').selectOption('reconstructed');
		const some = await itinerary(page).locator('[data-stop]').count();
		expect(some).toBeLessThan(all);
		await expect(itinerary(page).getByRole('status')).toHaveText(`${some} of ${all} stops`);
	});

	test('lists the unplaced trips with their windows', async ({ page }) => {
		await page.goto('/');
		await expect(
			itinerary(page).getByRole('heading', { name: 'Trips not yet placed' })
		).toBeVisible();
		await expect(itinerary(page).getByText(/The sources attest 36 trips/)).toBeVisible();
	});

	test('the About panel shows the facts and the claims with their sources', async ({ page }) => {
		await page.goto('/');
		await page.getByRole('tab', { name: 'About' }).click();
		const about = page.getByRole('tabpanel');
		await expect(about.getByRole('heading', { name: 'Published distances' })).toBeVisible();
		await expect(about.getByText(/75,000 miles/).first()).toBeVisible();
		await expect(about.getByText(/407/).first()).toBeVisible();
	});

	test('the phone layout: one header row, the map at least half the screen, panels as a bottom sheet', async ({
		browser
	}) => {
		const page = await browser.newPage({
			viewport: { width: 390, height: 844 },
			isMobile: true,
			hasTouch: true
		});
		await page.goto('/');
		await waitForMapIdle(page);
		const header = (await page.getByRole('banner').boundingBox())!;
		expect(header.height).toBeLessThan(60);
		const map = (await page.getByTestId('map').boundingBox())!;
		const sheet = page.getByRole('complementary', { name: 'Journey details' });
		// The sheet starts as a handle over the bottom of the map, which keeps most of the screen.
		const peek = (await sheet.boundingBox())!;
		expect(map.height - peek.height).toBeGreaterThanOrEqual(844 / 2);
		expect(peek.y + peek.height).toBeLessThanOrEqual(map.y + map.height + 1);
		await expect(itinerary(page)).toBeHidden();
		const noOverflow = async () =>
			expect(
				await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)
			).toBeLessThanOrEqual(0);
		await noOverflow();

		// A tap pulls it up to half the map, another to all of it, a third back down.
		await page.getByRole('button', { name: 'Show details' }).click();
		await expect(itinerary(page)).toBeVisible();
		// The sheet slides up (0.2 s): wait for it to settle at half the map.
		await expect
			.poll(async () => (await sheet.boundingBox())!.height)
			.toBeGreaterThan(map.height * 0.4);
		await page.getByRole('button', { name: 'Expand details' }).click();
		await expect
			.poll(async () => (await sheet.boundingBox())!.height)
			.toBeGreaterThan(map.height * 0.9);
		await page.getByRole('button', { name: 'Hide details' }).click();
		await expect(itinerary(page)).toBeHidden();

		// The other tools are in the menu; Distances takes the whole screen.
		await page.getByRole('button', { name: 'Menu' }).click();
		await page.getByRole('button', { name: 'Distances', exact: true }).click();
		const distances = (await page.locator('#distances-overlay').boundingBox())!;
		expect(distances.width).toBeGreaterThanOrEqual(389);
		expect(distances.height).toBeGreaterThanOrEqual(843);
		await noOverflow();
		await page.close();
	});

	test('axe finds no serious or critical violations on the main views', async ({ page }) => {
		await page.goto('/');
		await waitForMapIdle(page);
		expect(await seriousViolations(page)).toEqual([]);
		await itinerary(page).locator('[data-stop]').first().click();
		await expect(page.getByTestId('stop-panel')).toBeVisible();
		expect(await seriousViolations(page)).toEqual([]);
		await page.getByRole('tab', { name: 'About' }).click();
		expect(await seriousViolations(page)).toEqual([]);
		await page.setViewportSize({ width: 390, height: 844 });
		expect(await seriousViolations(page)).toEqual([]);
	});
});
