import { expect, test, type Page } from '@playwright/test';
import {
	expectTimelineFitsJourney,
	itineraryStops,
	mapCall,
	vehicleCentre,
	waitForMapIdle,
	watchPage
} from './helpers';

/** The clock, read from the page (a day number with a fraction). */
const clock = async (page: Page) => Number(await page.getByTestId('now').getAttribute('data-t'));
const slider = (page: Page) => page.getByRole('slider', { name: 'Timeline' });

test.describe('playback', () => {
	test('Play then Pause moves the date forward', async ({ page }) => {
		const watch = await watchPage(page);
		await page.goto('/');
		await waitForMapIdle(page);
		const start = await clock(page);
		await page.getByRole('button', { name: 'Play' }).click();
		await expect(page.getByRole('button', { name: 'Pause' })).toBeVisible();
		await expect.poll(() => clock(page)).toBeGreaterThan(start + 1);
		await page.getByRole('button', { name: 'Pause' }).click();
		const paused = await clock(page);
		expect(paused).toBeGreaterThan(start);
		await expect(page.getByTestId('play')).toHaveAttribute('data-playing', 'false');
		// Paused means paused: two more rendered frames leave the clock where it was.
		await page.evaluate(
			() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)))
		);
		expect(await clock(page)).toBe(paused);
		// Pausing writes the moment into the URL.
		expect(new URL(page.url()).searchParams.get('t')).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/);
		expect(watch.errors).toEqual([]);
	});

	test('the slider seeks, and the marker moves on the map', async ({ page }) => {
		await page.goto('/');
		await waitForMapIdle(page);
		await page.getByLabel('Follow').uncheck();
		await mapCall(page, (m) => m.jumpTo({ center: [42, 52], zoom: 3.2 }));
		await waitForMapIdle(page);
		const before = await vehicleCentre(page);
		const text = await slider(page).getAttribute('aria-valuetext');

		// Seek to the arrival at the stop drawn farthest from where the marker stands now.
		const stops = await (
			await itineraryStops(page)
		).evaluateAll((els) =>
			els.map((el) => ({
				t: Number(el.getAttribute('data-t')),
				lngLat: (el.getAttribute('data-lnglat') ?? '').split(',').map(Number)
			}))
		);
		const onScreen = await mapCall(
			page,
			(m, list) =>
				list.map((s: { t: number; lngLat: number[] }) => {
					const p = m.project(s.lngLat);
					const r = m.getCanvas().getBoundingClientRect();
					return {
						...s,
						x: p.x + r.left,
						y: p.y + r.top,
						w: r.width,
						h: r.height,
						left: r.left,
						top: r.top
					};
				}),
			stops
		);
		const visible = onScreen.filter(
			(s) =>
				s.x > s.left + 30 && s.x < s.left + s.w - 30 && s.y > s.top + 30 && s.y < s.top + s.h - 30
		);
		const target = visible.sort(
			(a, b) =>
				Math.hypot(b.x - before.x, b.y - before.y) - Math.hypot(a.x - before.x, a.y - before.y)
		)[0]!;
		await slider(page).fill(String(target.t));
		await waitForMapIdle(page);
		await expect(slider(page)).not.toHaveAttribute('aria-valuetext', text ?? '');
		expect(await slider(page).getAttribute('aria-valuetext')).toMatch(
			/^\d{1,2} [A-Z][a-z]+ \d{4}$/
		);

		const after = await vehicleCentre(page);
		expect(Math.hypot(after.x - before.x, after.y - before.y)).toBeGreaterThan(20);
		// The marker is drawn on that stop, where the map draws the stop itself.
		expect(Math.hypot(after.x - target.x, after.y - target.y)).toBeLessThan(3);
	});

	test('keyboard: Space plays and pauses, arrows step between stops', async ({ page }) => {
		await page.goto('/');
		await waitForMapIdle(page);
		await page.locator('body').click({ position: { x: 5, y: 5 } });
		await page.keyboard.press('Space');
		await expect(page.getByRole('button', { name: 'Pause' })).toBeVisible();
		await page.keyboard.press('Space');
		await expect(page.getByRole('button', { name: 'Play' })).toBeVisible();

		await page.getByRole('slider', { name: 'Timeline' }).focus();
		await page.keyboard.press('Home');
		await page.locator('body').click({ position: { x: 5, y: 5 } });
		await page.keyboard.press('ArrowRight');
		const panel = page.getByTestId('stop-panel');
		await expect(panel).toBeVisible();
		const first = await panel.getByRole('heading', { level: 2 }).textContent();
		await page.locator('body').click({ position: { x: 5, y: 5 } });
		await page.keyboard.press('ArrowRight');
		await expect(panel.getByRole('heading', { level: 2 })).not.toHaveText(first ?? '');
		await page.keyboard.press('ArrowLeft');
		await expect(panel.getByRole('heading', { level: 2 })).toHaveText(first ?? '');
		expect(new URL(page.url()).searchParams.get('stop')).toBeTruthy();
	});

	test('a deep link restores the date and the stop', async ({ page, context }) => {
		await page.goto('/');
		const third = page.getByRole('region', { name: 'Itinerary' }).getByRole('button').nth(2);
		const label = await third.getAttribute('aria-label');
		await third.click();
		await expect(page.getByTestId('stop-panel')).toBeVisible();
		// The URL is written once the first view is drawn (url-later.ts), then at each change.
		await expect(page).toHaveURL(/[?&]stop=/);
		const link = page.url();
		const valuetext = await slider(page).getAttribute('aria-valuetext');
		expect(new URL(link).searchParams.get('stop')).toBeTruthy();

		const other = await context.newPage();
		const watch = await watchPage(other);
		await other.goto(link);
		await expect(other.getByTestId('stop-panel').getByRole('heading', { level: 2 })).toHaveText(
			label?.split(',')[0] ?? ''
		);
		await expect(slider(other)).toHaveAttribute('aria-valuetext', valuetext ?? '');
		await waitForMapIdle(other);
		// Restoring state writes the URL back only once the router is ready: no error on the way.
		expect(watch.errors).toEqual([]);
		expect(new URL(other.url()).searchParams.get('stop')).toBe(
			new URL(link).searchParams.get('stop')
		);
	});

	test('garbage in the URL falls back to the defaults', async ({ page }) => {
		const watch = await watchPage(page);
		await page.goto('/?journey=atlantis&t=1918-02-30&speed=9&stop=%3Cimg%3E&follow=x');
		await expect(page.getByRole('heading', { level: 1, name: 'Echelon' })).toBeVisible();
		await expect(slider(page)).toHaveAttribute('aria-valuetext', /\d{4}$/);
		await expect(page.getByRole('combobox', { name: 'Journey', exact: true })).toHaveValue('train');
		expect(watch.errors).toEqual([]);
	});

	test('autoplay is honoured, except for people who prefer reduced motion', async ({ browser }) => {
		const moving = await browser.newPage();
		await moving.goto('/?autoplay=1');
		await expect(moving.getByTestId('play')).toHaveAttribute('data-playing', 'true');
		await moving.close();

		const calm = await browser.newPage({ reducedMotion: 'reduce' });
		await calm.goto('/?autoplay=1');
		await waitForMapIdle(calm);
		await expect(calm.getByTestId('play')).toHaveAttribute('data-playing', 'false');
		await expect(calm.getByRole('button', { name: 'Play' })).toBeVisible();
		await calm.close();
	});

	test('switches to the exile, on its own time range', async ({ page }) => {
		await page.goto('/');
		await page.getByRole('combobox', { name: 'Journey', exact: true }).selectOption('exile');
		await expect(slider(page)).toHaveAttribute('aria-valuetext', /192[89]$/);
		// The timeline follows: its span and its trip marks are the exile's, inside the track.
		const min = Number(await slider(page).getAttribute('min'));
		expect(new Date(min * 864e5).getUTCFullYear()).toBe(1928);
		await expectTimelineFitsJourney(page);
		await page.getByRole('slider', { name: 'Timeline' }).focus();
		await page.keyboard.press('End');
		await expect(slider(page)).toHaveAttribute('aria-valuetext', /1940$/);
		expect(new URL(page.url()).searchParams.get('journey')).toBe('exile');
	});

	test('a seek after a selection never leaves a stale stop in the panel or the URL', async ({
		page
	}) => {
		const watch = await watchPage(page);
		await page.goto('/');
		const stops = await itineraryStops(page);
		// The itinerary gives way to the stop panel once a stop is chosen: read it first.
		const [first, later] = await stops.evaluateAll((els) =>
			[els[1], els[8]].map((el) => ({
				id: el?.getAttribute('data-stop') ?? '',
				t: Number(el?.getAttribute('data-t')),
				name: el?.getAttribute('aria-label')?.split(',')[0] ?? ''
			}))
		);
		await stops.nth(1).click();
		const panel = page.getByTestId('stop-panel');
		await expect(panel.getByRole('heading', { level: 2 })).toHaveText(first!.name);
		await expect.poll(() => new URL(page.url()).searchParams.get('stop')).toBe(first!.id);

		// Seek well past it with the slider: the panel and the URL follow to the stop now reached.
		await slider(page).fill(String(later!.t + 1e-3));
		await expect(panel.getByRole('heading', { level: 2 })).toHaveText(later!.name);
		await expect.poll(() => new URL(page.url()).searchParams.get('stop')).toBe(later!.id);
		expect(watch.errors).toEqual([]);
	});
});
