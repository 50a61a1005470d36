// The world the train moved through, on the clock: the period rail network (a section appears on its
// opening day) and who held what (a place changes colour when it changes hands), both off in the first
// view and switched on from the legend, by keyboard too. Dates come from the data, colours from the style.
import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { holderAt } from '../../src/lib/journey/control';
import { dayNumber, isoFromDayNumber } from '../../src/lib/journey/days';
import { formatDay, formatHistoricalDate } from '../../src/lib/format/dates';
import { holderWords, sinceWords } from '../../src/lib/format/front-context';
import type { ControlFeature, RailSectionFeature } from '../../src/lib/journey/schema';
import { HOLDER_COLOR } from '../../src/lib/map/context-styles';
import { axeViolations, mapCall, waitForMapIdle, watchMapWarnings, watchPage } from './helpers';

const read = <T>(path: string): T => JSON.parse(readFileSync(path, 'utf8')) as T;
const network = read<{ features: RailSectionFeature[] }>('geodata/networks/rail-1918.geojson');
const control = read<{ features: ControlFeature[] }>('geodata/control/control.geojson').features;
const trainPeriod = read<{ period: { start: { date: string }; end: { date: string } } }>(
	'geodata/journeys/train/journey.json'
).period;

const slider = (page: Page) => page.getByRole('slider', { name: 'Timeline' });
const isData = (url: string, name: string) => new URL(url).pathname.endsWith(`/data/${name}.json`);

/** Moves the clock with the timeline (as a reader would) and waits for the map to draw. */
async function seek(page: Page, day: number) {
	await slider(page).fill(String(day + 0.5));
	await expect(slider(page)).toHaveAttribute('aria-valuetext', formatDay(day));
	await waitForMapIdle(page);
}

/** Frames a box on the map (west, south, east, north) and waits for it to draw. */
async function frame(page: Page, box: [number, number, number, number]) {
	await mapCall(page, (m, b) => m.fitBounds(b, { padding: 60, animate: false }), box);
	await waitForMapIdle(page);
}

test.describe('the network and the front on the clock', () => {
	test('the first view fetches neither; the legend’s switches turn them on by keyboard', async ({
		page
	}) => {
		const watch = await watchPage(page);
		const mapWarnings = watchMapWarnings(page);
		const requested: string[] = [];
		page.on('request', (r) => requested.push(r.url()));
		await page.goto('/');
		await waitForMapIdle(page);
		// The sources are fetched right after the first view: past it, and still neither layer's data.
		await expect.poll(() => requested.some((u) => isData(u, 'sources'))).toBe(true);
		expect(requested.filter((u) => isData(u, 'network') || isData(u, 'control'))).toEqual([]);

		// From the map, Tab to the legend's button, open it, and on to each switch.
		const legendButton = page.getByRole('button', { name: 'Legend' });
		await page.locator('canvas.maplibregl-canvas').focus();
		const focused = () => legendButton.evaluate((b) => b === document.activeElement);
		for (let i = 0; i < 30 && !(await focused()); i++) await page.keyboard.press('Tab');
		await expect(legendButton).toBeFocused();
		if ((await legendButton.getAttribute('aria-expanded')) !== 'true')
			await page.keyboard.press('Enter');
		const networkSwitch = page.getByRole('switch', { name: 'Rail network' });
		const frontSwitch = page.getByRole('switch', { name: 'Front' });
		// The legend's content loads when it first opens.
		await expect(networkSwitch).toBeVisible();
		await page.keyboard.press('Tab');
		await expect(networkSwitch).toBeFocused();
		await page.keyboard.press('Space');
		await expect(networkSwitch).toBeChecked();
		await page.keyboard.press('Tab');
		await expect(frontSwitch).toBeFocused();
		await page.keyboard.press('Space');
		await expect(frontSwitch).toBeChecked();

		await expect.poll(() => new URL(page.url()).searchParams.get('layers')).toBe('network,front');
		await expect
			.poll(() => mapCall(page, (m) => m.getStyle().layers.map((l: { id: string }) => l.id)))
			.toEqual(expect.arrayContaining(['period-network', 'front-places']));
		const order = await mapCall(page, (m) => m.getStyle().layers.map((l: { id: string }) => l.id));
		// Beneath the journeys: the network, then the front, then the legs.
		expect(order.indexOf('period-network')).toBeLessThan(order.indexOf('front-places'));
		expect(order.indexOf('front-places')).toBeLessThan(order.indexOf('journey-legs'));
		expect(requested.filter((u) => isData(u, 'network'))).toHaveLength(1);
		expect(requested.filter((u) => isData(u, 'control'))).toHaveLength(1);
		// The key of each layer shows while it is on.
		await expect(page.locator('[data-legend="network"]')).toBeVisible();
		await expect(page.locator('[data-legend="holder-red"]')).toBeVisible();
		expect(await axeViolations(page)).toEqual([]);
		await page.keyboard.press('Space');
		await expect(frontSwitch).not.toBeChecked();
		await expect(page.locator('[data-legend="holder-red"]')).toHaveCount(0);
		expect(mapWarnings).toEqual([]);
		expect(watch.errors).toEqual([]);
		expect(watch.offsite).toEqual([]);
	});

	test('a section is not drawn before its opening day and is after it; a click shows it', async ({
		page
	}) => {
		const watch = await watchPage(page);
		// The first railway (not a notional link) that opens while the train runs.
		const opening = network.features
			.filter((s) => !/^(M\d|S-)/.test(s.id))
			.filter((s) => s.properties.opened.date > trainPeriod.start.date)
			.sort((a, b) => a.properties.opened.date.localeCompare(b.properties.opened.date))[0]!;
		expect(opening.properties.opened.date < trainPeriod.end.date).toBe(true);
		const openDay = dayNumber(opening.properties.opened.date);
		const xs = opening.geometry.coordinates.map((c) => c[0]);
		const ys = opening.geometry.coordinates.map((c) => c[1]);

		await page.goto(`/?layers=network&follow=0&t=${isoFromDayNumber(openDay - 10)}`);
		await waitForMapIdle(page);
		await expect.poll(() => mapCall(page, (m) => !!m.getLayer('period-network'))).toBe(true);
		await frame(page, [Math.min(...xs), Math.min(...ys), Math.max(...xs), Math.max(...ys)]);
		const drawn = () =>
			mapCall(page, (m) =>
				m
					.queryRenderedFeatures({ layers: ['period-network'] })
					.map((f: { properties: { id: string } }) => f.properties.id)
			);
		const before = await drawn();
		expect(before.length, 'older lines are drawn around it').toBeGreaterThan(0);
		expect(before).not.toContain(opening.id);

		await seek(page, openDay + 10);
		expect(await drawn()).toContain(opening.id);

		// A click on the line (away from any stop) shows the section's details.
		const target = await mapCall(
			page,
			(m, id) => {
				const canvas = m.getCanvas();
				const rect = canvas.getBoundingClientRect();
				const line = m
					.queryRenderedFeatures({ layers: ['period-network'] })
					.find((f: { properties: { id: string } }) => f.properties.id === id);
				const g = line?.geometry;
				const points = (
					g?.type === 'MultiLineString' ? g.coordinates.flat() : (g?.coordinates ?? [])
				) as [number, number][];
				return points
					.map((c) => m.project(c) as { x: number; y: number })
					.find(
						(p) =>
							p.x > 40 &&
							p.y > 40 &&
							p.x < rect.width - 40 &&
							p.y < rect.height - 40 &&
							document.elementFromPoint(rect.left + p.x, rect.top + p.y) === canvas &&
							m.queryRenderedFeatures([p.x, p.y], { layers: ['journey-stops'] }).length === 0 &&
							m
								.queryRenderedFeatures([p.x, p.y], { layers: ['period-network-hit'] })
								.every((f: { properties: { id: string } }) => f.properties.id === id)
					);
			},
			opening.id
		);
		expect(target, 'a point of the line clear of stops and other lines').toBeDefined();
		await page.locator('canvas.maplibregl-canvas').click({ position: target! });
		const panel = page.getByTestId('section-panel');
		await expect(panel.getByRole('heading', { level: 2 })).toHaveText(opening.properties.name);
		await expect(panel.getByTestId('section-facts')).toContainText(
			formatHistoricalDate(opening.properties.opened)
		);
		await expect(panel.getByTestId('section-sources').getByRole('listitem').first()).toBeVisible();
		await expect(panel.getByRole('heading', { level: 2 })).toBeFocused();
		expect(await axeViolations(page)).toEqual([]);
		await expect
			.poll(() =>
				mapCall(
					page,
					(m, id) => m.getFeatureState({ source: 'period-network', id }).selected,
					opening.id
				)
			)
			.toBe(true);
		// The stations' positions are OpenStreetMap's: credited on the map.
		await expect(
			page.locator('.maplibregl-ctrl-attrib a[href="https://www.openstreetmap.org/copyright"]')
		).toHaveText('OpenStreetMap contributors');
		await page.keyboard.press('Escape');
		await expect(panel).toBeHidden();
		expect(watch.errors).toEqual([]);
		expect(watch.offsite).toEqual([]);
	});

	test('a place changes colour when it changes hands', async ({ page }) => {
		const watch = await watchPage(page);
		// Kazan's recapture in September 1918, as the data dates it (and the day window around it).
		const kazan = control.find((f) => f.id === 'kazan')!;
		const change = kazan.properties.changes.find(
			(c) => c.holder === 'red' && c.since.date.startsWith('1918-09')
		)!;
		const beforeDay = dayNumber(change.since.earliest ?? change.since.date) - 2;
		const afterDay = dayNumber(change.since.latest ?? change.since.date) + 2;
		const holderBefore = holderAt(control, 'kazan', isoFromDayNumber(beforeDay)).holder;
		const holderAfter = holderAt(control, 'kazan', isoFromDayNumber(afterDay)).holder;
		expect(holderBefore).not.toBe(holderAfter);

		await page.goto(`/?layers=front&follow=0&t=${isoFromDayNumber(beforeDay)}`);
		await waitForMapIdle(page);
		const [lng, lat] = kazan.geometry.coordinates;
		await frame(page, [lng - 1.5, lat - 1, lng + 1.5, lat + 1]);
		/** The colour Kazan is drawn with, as MapLibre evaluated it for the feature and its state. */
		const drawnAs = () =>
			mapCall(
				page,
				(m, at) => {
					const p = m.project(at);
					const f = m
						.queryRenderedFeatures([p.x, p.y], { layers: ['front-places'] })
						.find((f: { properties: { id: string } }) => f.properties.id === 'kazan');
					const c = f?.layer.paint['circle-color'];
					const hex = (v: number) =>
						Math.round(v * 255)
							.toString(16)
							.padStart(2, '0');
					return f && { holder: f.state.holder, color: `#${hex(c.r)}${hex(c.g)}${hex(c.b)}` };
				},
				[lng, lat]
			);
		expect(await drawnAs()).toEqual({ holder: holderBefore, color: HOLDER_COLOR[holderBefore] });
		// The pointer on the disc, beside the stop drawn on it, names the place and its holder.
		const centre = await mapCall(page, (m, at) => m.project(at), [lng, lat]);
		await page.locator('canvas.maplibregl-canvas').hover({
			position: { x: centre.x + 8, y: centre.y }
		});
		const held = holderAt(control, 'kazan', isoFromDayNumber(beforeDay));
		await expect(page.getByTestId('front-label')).toHaveText(
			`${kazan.properties.name}: ${holderWords(held)} ${sinceWords(held.since!)}`
		);

		await seek(page, afterDay);
		expect(await drawnAs()).toEqual({ holder: holderAfter, color: HOLDER_COLOR[holderAfter] });
		expect(HOLDER_COLOR[holderAfter]).not.toBe(HOLDER_COLOR[holderBefore]);
		expect(watch.errors).toEqual([]);
		expect(watch.offsite).toEqual([]);
	});
});
