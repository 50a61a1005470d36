// The header keeps to one row at every width above a phone's: up to 1100 px the less-used tools fold
// into the Menu, which opens, closes on Escape or when a tool is chosen, whose panel takes the focus.
import { expect, test, type Page } from '@playwright/test';
import { clickHeaderTool, headerButton, waitForMapIdle, watchPage } from './helpers';

/** The bar's height and the height of one row: its tallest visible item plus its padding. */
async function rows(page: Page) {
	return page.locator('header.bar').evaluate((bar) => {
		const style = getComputedStyle(bar);
		const items = [...bar.querySelectorAll('h1, select, button, label')].filter(
			(e) => (e as HTMLElement).offsetParent !== null && getComputedStyle(e).visibility !== 'hidden'
		);
		const tops = items.map((e) => e.getBoundingClientRect().top);
		const tallest = Math.max(...items.map((e) => e.getBoundingClientRect().height));
		const padding = parseFloat(style.paddingTop) + parseFloat(style.paddingBottom);
		return {
			height: bar.getBoundingClientRect().height,
			oneRow: tallest + padding,
			// Every item starts within one row's height of the first: none has wrapped below.
			spread: Math.max(...tops) - Math.min(...tops),
			tallest
		};
	});
}

for (const width of [768, 1024, 1280]) {
	test(`${width} px: the header is one row`, async ({ browser }) => {
		const page = await browser.newPage({ viewport: { width, height: 800 } });
		const watch = await watchPage(page);
		await page.goto('/');
		// The import and export tools load after the first view; measure once they are in.
		await expect(headerButton(page, 'Export')).toBeAttached();
		await expect(headerButton(page, /^Your journeys/)).toBeAttached();
		const r = await rows(page);
		expect(r.height).toBeCloseTo(r.oneRow, 0);
		expect(r.spread).toBeLessThan(r.tallest);
		// Distances stays in the row; the rest is in the row when it fits, else in the Menu.
		await expect(page.getByRole('button', { name: 'Distances', exact: true })).toBeVisible();
		const menu = page.getByRole('button', { name: 'Menu', exact: true });
		await expect(menu).toBeVisible({ visible: width <= 1100 });
		expect(watch.errors).toEqual([]);
		await page.close();
	});
}

test('1024 px: the Menu holds the folded tools, closes on Escape, and a chosen tool takes focus', async ({
	browser
}) => {
	const page = await browser.newPage({ viewport: { width: 1024, height: 768 } });
	await page.goto('/');
	await waitForMapIdle(page);
	await expect(headerButton(page, 'Export')).toBeAttached();
	const menu = page.getByRole('button', { name: 'Menu', exact: true });
	const tools = page.locator('#bar-tools');
	await expect(page.getByRole('checkbox', { name: 'Both journeys' })).toBeHidden();

	await menu.click();
	await expect(menu).toHaveAttribute('aria-expanded', 'true');
	for (const name of ['Both journeys', 'Modern borders'])
		await expect(tools.getByRole('checkbox', { name })).toBeVisible();
	for (const name of [/^Your journeys/, /^Export$/])
		await expect(tools.getByRole('button', { name })).toBeVisible();
	await tools.getByRole('checkbox', { name: 'Modern borders' }).press('Escape');
	await expect(menu).toHaveAttribute('aria-expanded', 'false');
	await expect(menu).toBeFocused();
	await expect(tools.getByRole('button', { name: /^Export$/ })).toBeHidden();

	// Choosing a tool closes the menu; its panel stays in view and takes the focus.
	await clickHeaderTool(page, 'Export');
	await expect(menu).toHaveAttribute('aria-expanded', 'false');
	const panel = page.getByTestId('export-menu');
	await expect(panel).toBeVisible();
	await expect(panel.getByRole('heading', { level: 2 })).toBeFocused();
	await page.close();
});

test('a press made before the page has come alive is kept, and acted on once it has', async ({
	browser
}) => {
	const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
	const watch = await watchPage(page);
	// The page's scripts are held back until the press is made: it lands on the server-rendered button.
	let release!: () => void;
	const held = new Promise<void>((resolve) => (release = resolve));
	await page.route('**/_app/immutable/**/*.js', async (route) => {
		await held;
		await route.continue();
	});
	await page.goto('/?unit=km', { waitUntil: 'commit' });
	await page.getByRole('button', { name: 'Distances', exact: true }).click();
	expect(
		await page.evaluate(() => performance.getEntriesByName('echelon:hydrated').length),
		'the press came before hydration'
	).toBe(0);
	await expect(page.getByTestId('distances-panel')).toHaveCount(0);

	release();
	await expect(page.getByTestId('distances-panel')).toBeVisible();
	await expect(page.getByRole('button', { name: 'Close distances' })).toBeVisible();
	expect(watch.errors).toEqual([]);
	expect(watch.offsite).toEqual([]);
	await page.close();
});
