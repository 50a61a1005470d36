// Shared e2e plumbing: block every request that leaves localhost, collect page errors, wait for the
// map to be drawn, and reach the map through the app's test hook. Tests wait on conditions the app
// exposes, never on timers.
import AxeBuilder from '@axe-core/playwright';
import { expect, type Locator, type Page } from '@playwright/test';

export interface PageWatch {
	errors: string[];
	offsite: string[];
}

/** Fails nothing by itself: the test asserts on the lists at its end. */
export async function watchPage(page: Page): Promise<PageWatch> {
	const watch: PageWatch = { errors: [], offsite: [] };
	page.on('pageerror', (e) => watch.errors.push(e.message));
	page.on('console', (m) => {
		if (m.type() === 'error') watch.errors.push(m.text());
	});
	await page.route(
		(url) =>
			!['localhost', '127.0.0.1'].includes(url.hostname) &&
			url.protocol !== 'data:' &&
			url.protocol !== 'blob:',
		async (route) => {
			watch.offsite.push(route.request().url());
			await route.abort('blockedbyclient');
		}
	);
	return watch;
}

/** Waits until MapLibre has loaded its style and finished drawing (its `idle` event). */
export async function waitForMapIdle(page: Page): Promise<void> {
	await expect(page.getByTestId('map')).toHaveAttribute('data-status', 'ready');
	await page.waitForFunction(() => {
		const map = (window as unknown as { __echelonMap?: { loaded(): boolean; isMoving(): boolean } })
			.__echelonMap;
		return !!map && map.loaded() && !map.isMoving();
	});
	await expect(page.getByTestId('map')).toHaveAttribute('data-idle', 'true');
}

/**
 * The itinerary's stop buttons once the itinerary is there: it loads after the first view is drawn
 * (src/lib/ui/later.ts), so a count or a read of all of them must wait for it first.
 */
export async function itineraryStops(page: Page): Promise<Locator> {
	const stops = page.getByRole('region', { name: 'Itinerary' }).locator('[data-stop]');
	await expect(stops.first()).toBeAttached();
	return stops;
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- the MapLibre instance, typed loosely in tests
type AnyMap = any;

/**
 * Runs `fn` in the page with the app's MapLibre map (serialisable arguments and result only).
 * Playwright evaluates `fn` itself, through the DevTools protocol, so it works under the site's
 * Content-Security-Policy (no 'unsafe-eval', hence no `new Function` in the page).
 */
export async function mapCall<R, A = undefined>(
	page: Page,
	fn: (map: AnyMap, arg: A) => R,
	arg?: A
): Promise<R> {
	const map = await page.evaluateHandle(
		() => (window as unknown as { __echelonMap: AnyMap }).__echelonMap
	);
	try {
		// The argument crosses into the page as JSON, so its type is the caller's promise to keep.
		return (await map.evaluate(fn as (map: AnyMap, arg: unknown) => R, arg as unknown)) as R;
	} finally {
		await map.dispose();
	}
}

export interface StopOnScreen {
	key: string;
	id: string;
	name: string;
	x: number;
	y: number;
}

/** The stops MapLibre actually drew, with their pixel positions on the canvas (CSS pixels). */
export async function renderedStops(page: Page): Promise<StopOnScreen[]> {
	// Only stops a reader can reach: not under the headline, the legend or a control over the map.
	return mapCall(page, (m) => {
		const canvas = m.getCanvas();
		const rect = canvas.getBoundingClientRect();
		const uncovered = (s: { x: number; y: number }) =>
			document.elementFromPoint(rect.left + s.x, rect.top + s.y) === canvas;
		return m
			.queryRenderedFeatures({ layers: ['journey-stops'] })
			.map(
				(f: {
					properties: { key: string; id: string; name: string };
					geometry: { coordinates: [number, number] };
				}) => {
					const p = m.project(f.geometry.coordinates);
					return {
						key: f.properties.key,
						id: f.properties.id,
						name: f.properties.name,
						x: p.x,
						y: p.y
					};
				}
			)
			.filter(uncovered);
	});
}

/** The centre of the moving vehicle marker on screen. */
export async function vehicleCentre(page: Page): Promise<{ x: number; y: number }> {
	const box = await page.getByTestId('vehicle').boundingBox();
	if (!box) throw new Error('the vehicle marker is not on screen');
	return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
}

/**
 * Checks that the timeline's trip marks lie inside its track and that the slider spans the journey the
 * clock is on (its min and max are that journey's first and last day).
 */
export async function expectTimelineFitsJourney(page: Page): Promise<void> {
	const marks = await page.locator('.timeline .marks').evaluate((track) => {
		const t = track.getBoundingClientRect();
		return [...track.querySelectorAll('.trip')].map((m) => {
			const r = m.getBoundingClientRect();
			return { left: r.left - t.left, right: t.right - r.right };
		});
	});
	expect(marks.length).toBeGreaterThan(0);
	for (const m of marks) {
		expect(m.left).toBeGreaterThanOrEqual(-0.5);
		expect(m.right).toBeGreaterThanOrEqual(-0.5);
	}
	const overflow = await page.evaluate(
		() => document.documentElement.scrollWidth - document.documentElement.clientWidth
	);
	expect(overflow).toBeLessThanOrEqual(0);
}

/** Every axe violation on the page, of any impact, as one readable line each. */
export async function axeViolations(page: Page): Promise<string[]> {
	const results = await new AxeBuilder({ page })
		// The map canvas is a WebGL surface with its own text equivalent (the itinerary).
		.exclude('canvas.maplibregl-canvas')
		.analyze();
	return results.violations.map(
		(v) => `${v.impact} ${v.id}: ${v.help} (${v.nodes.length}) ${v.nodes[0]?.target.join(' ')}`
	);
}

/** MapLibre's own complaints (a layer it refused, a bad expression), which the app logs as warnings. */
export function watchMapWarnings(page: Page): string[] {
	const warnings: string[] = [];
	page.on('console', (m) => {
		if (m.type() === 'warning' && m.text().startsWith('map:')) warnings.push(m.text());
	});
	return warnings;
}

/**
 * A tool of the header (Distances, Your journeys, Export…) wherever the bar puts it at this width:
 * in its row, or folded into the Menu (up to 1100 px; Distances only up to 700 px). Hidden or not, so
 * it serves for text and "loaded" checks (the import and export tools load after the first view).
 */
export function headerButton(page: Page, name: string | RegExp): Locator {
	return page.getByRole('button', { name, exact: typeof name === 'string', includeHidden: true });
}

/**
 * Waits until the page has hydrated (MapView's mount marks `echelon:hydrated`): the server-rendered
 * controls are on screen before that. A press on one of them is kept and made again at hydration
 * (src/early-presses.js), but a toggle pressed twice before then would end where it began.
 */
export async function waitForHydration(page: Page): Promise<void> {
	await page.waitForFunction(() => performance.getEntriesByName('echelon:hydrated').length > 0);
}

/** The control, once in view: where the bar folds it into the Menu, the Menu opened first. */
async function revealInHeader(page: Page, control: Locator): Promise<Locator> {
	await waitForHydration(page);
	const menu = page.getByRole('button', { name: 'Menu', exact: true });
	// Whichever the bar shows at this width: the control in the row, or the Menu that holds it.
	await expect(control.or(menu).first()).toBeVisible();
	if (!(await control.isVisible()))
		// Again until it opens (a safeguard: the page has hydrated, so the first press counts).
		await expect(async () => {
			if ((await menu.getAttribute('aria-expanded')) !== 'true') await menu.click();
			await expect(menu).toHaveAttribute('aria-expanded', 'true', { timeout: 1000 });
		}).toPass();
	return control;
}

/** Clicks a tool of the header, opening the Menu first where the tool is folded into it. */
export async function clickHeaderTool(page: Page, name: string | RegExp): Promise<void> {
	const tool = page.getByRole('button', { name, exact: typeof name === 'string' });
	await (await revealInHeader(page, tool)).click();
}

/** Checks a toggle of the header (Both journeys, Modern borders), in the row or in the Menu. */
export async function checkHeaderToggle(page: Page, label: string): Promise<void> {
	await (await revealInHeader(page, page.getByRole('checkbox', { name: label }))).check();
}
