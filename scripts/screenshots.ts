// `npm run screenshots -- [--base http://localhost:4173] [--out screenshots] [--only name,…]`:
// every main view of a running build at the four sizes the design is checked at, as PNGs to look at
// (desktop, wide desktop, tablet, phone). Start `npm run preview` first. Offline like the e2e tests.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Page } from 'playwright';
import { chromiumLaunchOptions } from '../chromium.config.ts';

const args = process.argv.slice(2);
const flag = (name: string, fallback: string) => {
	const i = args.indexOf(`--${name}`);
	return i >= 0 ? (args[i + 1] ?? fallback) : fallback;
};
const base = flag('base', 'http://localhost:4173');
const out = flag('out', 'screenshots');
const only = flag('only', '').split(',').filter(Boolean);

export const SIZES = {
	desktop: { width: 1280, height: 800 },
	wide: { width: 1440, height: 900 },
	tablet: { width: 768, height: 1024 },
	phone: { width: 390, height: 844 }
} as const;

/** Each view: the link it opens, and what to do before the picture. */
const VIEWS: Record<string, { path: string; act?: (page: Page) => Promise<void> }> = {
	train: { path: '/' },
	exile: { path: '/?journey=exile' },
	both: { path: '/?both=1' },
	stop: {
		path: '/',
		act: async (page) => {
			await openSheet(page);
			await page.locator('[data-stop]').nth(3).click();
			await page.getByTestId('stop-panel').waitFor();
		}
	},
	leg: {
		path: '/',
		act: async (page) => {
			await openSheet(page);
			// A leg where sources disagree, if one is listed: the panel at its fullest.
			const disputed = page.locator('[data-leg][aria-label$="sources disagree"]');
			const leg =
				(await disputed.count()) > 0 ? disputed.first() : page.locator('[data-leg]').nth(2);
			await leg.click();
			await page.getByTestId('leg-sections').or(page.getByTestId('leg-sources')).first().waitFor();
		}
	},
	about: {
		path: '/',
		act: async (page) => {
			await openSheet(page);
			await page.getByRole('tab', { name: 'About' }).click();
		}
	},
	distances: {
		path: '/',
		act: async (page) => {
			// In the bar down to 701 px; on a phone, in the Menu.
			const distances = page.getByRole('button', { name: 'Distances', exact: true });
			if (!(await distances.isVisible()))
				await page.getByRole('button', { name: 'Menu', exact: true }).click();
			await distances.click();
			await page.getByTestId('distances-panel').waitFor();
		}
	},
	// The rail network and who held what in mid-1919, with their key on screens that have room.
	layers: {
		path: '/?layers=network,front&t=1919-07-15T12:00',
		act: async (page) => {
			if ((page.viewportSize()?.width ?? 0) < 700) return;
			const legend = page.getByRole('button', { name: 'Legend' });
			if ((await legend.getAttribute('aria-expanded')) !== 'true') await legend.click();
			await page.getByRole('switch', { name: 'Front' }).waitFor();
		}
	},
	playing: {
		path: '/?journey=exile&t=1936-12-25T12:00',
		act: async (page) => {
			await page.getByRole('slider', { name: 'Timeline' }).waitFor();
		}
	}
};

/** On a phone the panels are a bottom sheet: pull it up first (its handle loads on phones only). */
async function openSheet(page: Page) {
	if ((page.viewportSize()?.width ?? 0) > 700) return;
	const handle = page.getByRole('button', { name: /^(Show|Expand|Hide) details$/ });
	if ((await handle.getAttribute('aria-label')) === 'Show details') await handle.click();
}

async function waitForMap(page: Page) {
	await page.waitForFunction(() => {
		const map = (window as unknown as { __echelonMap?: { loaded(): boolean; isMoving(): boolean } })
			.__echelonMap;
		return !!map && map.loaded() && !map.isMoving();
	});
	await page.locator('[data-testid="map"][data-idle="true"]').waitFor({ timeout: 30_000 });
}

const browser = await chromium.launch(chromiumLaunchOptions);
mkdirSync(out, { recursive: true });
for (const [size, viewport] of Object.entries(SIZES)) {
	for (const [name, view] of Object.entries(VIEWS)) {
		if (only.length && !only.includes(name)) continue;
		const page = await browser.newPage({ viewport, deviceScaleFactor: 1 });
		await page.route(
			(url) =>
				!['localhost', '127.0.0.1'].includes(url.hostname) && url.protocol.startsWith('http'),
			(route) => route.abort('blockedbyclient')
		);
		await page.goto(`${base}${view.path}`);
		await waitForMap(page);
		await view.act?.(page);
		await waitForMap(page);
		const file = join(out, `${name}-${size}.png`);
		await page.screenshot({ path: file });
		console.log(file);
		await page.close();
	}
}
await browser.close();
