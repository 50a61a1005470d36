// What a teacher projecting the map needs, at the four sizes the design is checked at: the legend,
// the headline on load, the timeline inside its track for every journey, no sideways scrolling on a
// phone, and no accessibility violation of any impact with any panel open.
import { expect, test, type Page } from '@playwright/test';
import { LEGEND } from '../../src/lib/map/legend';
import { axeViolations, expectTimelineFitsJourney, waitForMapIdle, watchPage } from './helpers';

const SIZES = [
	{ width: 1280, height: 800 },
	{ width: 1440, height: 900 },
	{ width: 768, height: 1024 },
	{ width: 390, height: 844 }
];
const JOURNEYS = ['train', 'exile'];

/** On a phone the panels are a bottom sheet, and the tools are in the menu. */
async function openSheet(page: Page) {
	const handle = page.getByRole('button', { name: 'Show details' });
	if (await handle.isVisible()) await handle.click();
}

test.describe('a map a teacher can project', () => {
	for (const size of SIZES) {
		test(`${size.width}×${size.height}: legend, headline and timeline for each journey`, async ({
			browser
		}) => {
			const page = await browser.newPage({ viewport: size });
			const watch = await watchPage(page);
			for (const journey of JOURNEYS) {
				await page.goto(`/?journey=${journey}`);
				await waitForMapIdle(page);
				// The headline is visible on load and opens Distances.
				const headline = page.getByTestId('headline');
				await expect(headline).toBeVisible();
				await expect(headline).toContainText(/trips/);
				await expect(headline).toContainText(/so far/);
				// The legend names every symbol the map draws (the optional layers' only once they are on).
				const legend = page.getByTestId('legend');
				const toggle = legend.getByRole('button', { name: 'Legend' });
				if ((await toggle.getAttribute('aria-expanded')) !== 'true') await toggle.click();
				for (const entry of LEGEND.filter((e) => !e.when)) {
					await expect(legend.locator(`[data-legend="${entry.id}"]`)).toContainText(entry.label);
				}
				await expectTimelineFitsJourney(page);
			}
			if (size.width <= 430) {
				await page.getByRole('button', { name: 'Legend' }).click();
				await openSheet(page);
				await expectTimelineFitsJourney(page);
			}
			expect(watch.errors).toEqual([]);
			await page.close();
		});
	}

	test('the headline says the train’s trips in words that add up, and opens Distances', async ({
		page
	}) => {
		await page.goto('/');
		const headline = page.getByTestId('headline');
		await expect(headline).toContainText(
			/(\d+) of 36 trips placed; the other (\d+) fall in (\d+) windows/
		);
		const text = (await headline.textContent()) ?? '';
		const [, placed, rest] = /(\d+) of 36 trips placed; the other (\d+)/.exec(text) ?? [];
		expect(Number(placed) + Number(rest)).toBe(36);
		await expect(headline).toContainText(/of “at least 75,000 miles”/);
		await headline.click();
		await expect(page.getByTestId('distances-panel')).toBeVisible();
	});

	test('while travelling the chip says between which places and how', async ({ page }) => {
		await page.goto('/?journey=exile&t=1936-12-25T12:00');
		await expect(page.getByTestId('now')).toContainText('between Fagerstrand and Tampico, by sea');
	});

	test('axe finds nothing, of any impact, with each panel open; focus goes to a panel and back', async ({
		page
	}) => {
		await page.goto('/');
		await waitForMapIdle(page);
		expect(await axeViolations(page)).toEqual([]);
		// A stop: the panel takes focus; closing it gives focus back to where the reader was.
		const first = page.getByRole('region', { name: 'Itinerary' }).locator('[data-stop]').nth(2);
		await first.click();
		const stopPanel = page.getByTestId('stop-panel');
		await expect(stopPanel.getByRole('heading', { level: 2 })).toBeFocused();
		expect(await axeViolations(page)).toEqual([]);
		await stopPanel.getByRole('button', { name: 'Close stop details' }).click();
		await expect(page.getByRole('tab', { name: 'Itinerary' })).toBeFocused();
		await page.getByRole('tab', { name: 'About' }).click();
		expect(await axeViolations(page)).toEqual([]);
		// Distances: focus moves in, and back to its button on close.
		const opener = page.getByRole('button', { name: 'Distances', exact: true });
		await opener.click();
		const distances = page.getByTestId('distances-panel');
		await expect(distances.getByRole('heading', { name: 'Distances' })).toBeFocused();
		expect(await axeViolations(page)).toEqual([]);
		await distances.getByRole('button', { name: 'Close distances' }).click();
		await expect(opener).toBeFocused();
		// The legend open, and the phone layout with its sheet up and its menu open.
		await page.setViewportSize({ width: 390, height: 844 });
		await openSheet(page);
		await page.getByRole('button', { name: 'Menu' }).click();
		expect(await axeViolations(page)).toEqual([]);
	});
});
