// The leg panel against the real data and the real map: a leg clicked on the map (a stop on top keeps
// its click), a leg opened from the itinerary by keyboard and closed with Escape, drawn vs counted
// length where a published length scales the line, disagreement notes first, a trip's notes, axe with
// the panel open, and the rail network fetched only when a leg panel asks for it.
import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import type { DistanceView } from '../../src/lib/journey/distance-view';
import type { JourneyMeta, LegFeature } from '../../src/lib/journey/schema';
import { formatDistance } from '../../src/lib/format/distance-format';
import { foldNotes } from '../../src/lib/format/notes';
import { axeViolations, mapCall, renderedStops, waitForMapIdle, watchPage } from './helpers';

const read = <T>(path: string) => JSON.parse(readFileSync(path, 'utf8')) as T;
const trainMeta = read<JourneyMeta>('geodata/journeys/train/journey.json');
const legsOf = (journey: string) =>
	read<{ features: LegFeature[] }>(`geodata/journeys/${journey}/legs.geojson`).features;
const itinerary = (page: Page) => page.getByRole('region', { name: 'Itinerary' });
const legPanel = (page: Page) => page.getByTestId('leg-panel');
/** Whether the train's leg is drawn on the map's selected-leg layer. */
const drawnSelected = (page: Page, legId: string) =>
	mapCall(
		page,
		(m, key) =>
			m
				.queryRenderedFeatures({ layers: ['journey-leg-selected'] })
				.some((f: { properties: { key: string } }) => f.properties.key === key),
		`train/${legId}`
	);
/** Legs take clicks once the first view has drawn (LegPick.svelte): wait for their hit band. */
const legsClickable = (page: Page) =>
	page.waitForFunction(() =>
		Boolean(
			(
				window as unknown as { __echelonMap?: { getLayer(id: string): unknown } }
			).__echelonMap?.getLayer('journey-legs-hit')
		)
	);

/**
 * A point on screen on exactly one drawn leg, clear of every stop, of the map's edges and of anything
 * laid over the map (headline, legend, controls).
 */
async function lonelyLegPoint(page: Page) {
	return mapCall(page, (m) => {
		const canvas = m.getCanvas();
		const rect = canvas.getBoundingClientRect();
		type Line = [number, number][];
		for (const f of m.queryRenderedFeatures({ layers: ['journey-legs'] })) {
			const lines: Line[] =
				f.geometry.type === 'LineString' ? [f.geometry.coordinates] : f.geometry.coordinates;
			for (const line of lines) {
				for (let i = 1; i < line.length; i++) {
					const [a, b] = [m.project(line[i - 1]), m.project(line[i])];
					const p = { x: (a.x + b.x) / 2, y: (a.y + b.y) / 2 };
					if (p.x < 30 || p.y < 30 || p.x > rect.width - 30 || p.y > rect.height - 30) continue;
					if (document.elementFromPoint(rect.left + p.x, rect.top + p.y) !== canvas) continue;
					const near = [
						[p.x - 15, p.y - 15],
						[p.x + 15, p.y + 15]
					];
					if (m.queryRenderedFeatures(near, { layers: ['journey-stops'] }).length > 0) continue;
					const ids = new Set(
						m
							.queryRenderedFeatures([p.x, p.y], { layers: ['journey-legs-hit'] })
							.map((h: { properties: { id: string } }) => h.properties.id)
					);
					if (ids.size !== 1) continue;
					return { x: rect.left + p.x, y: rect.top + p.y, id: [...ids][0] as string };
				}
			}
		}
		return null;
	});
}

test.describe('the leg panel', () => {
	test('a leg clicked on the map opens with its mode, length and sources, and is drawn selected', async ({
		page
	}) => {
		const watch = await watchPage(page);
		await page.goto('/');
		await waitForMapIdle(page);
		await legsClickable(page);
		const target = await lonelyLegPoint(page);
		expect(target, 'a leg on screen clear of stops').not.toBeNull();
		if (!target) return;
		await page.mouse.move(target.x, target.y);
		await expect
			.poll(() => page.evaluate(() => document.querySelector('canvas')?.style.cursor))
			.toBe('pointer');
		await page.mouse.click(target.x, target.y);

		const panel = legPanel(page);
		await expect(panel.getByRole('heading', { level: 2 })).toContainText('→');
		await expect(panel.getByRole('heading', { level: 2 })).toBeFocused();
		await expect(panel.getByTestId('leg-mode')).toHaveText(/^(By|On) \w+/);
		await expect(panel.getByTestId('leg-line')).toHaveText(/Routed|Traced|Drawn/);
		await expect(panel.getByTestId('leg-length')).toContainText(/\d (mi|km|versts) as drawn/);
		await expect(panel.getByTestId('leg-sources').getByRole('listitem').first()).toBeVisible();
		expect(new URL(page.url()).searchParams.get('leg')).toBe(target.id);
		await expect.poll(() => drawnSelected(page, target.id)).toBe(true);
		expect(watch.errors).toEqual([]);
	});

	test('a stop drawn on a leg keeps its click', async ({ page }) => {
		await page.goto('/');
		await waitForMapIdle(page);
		await legsClickable(page);
		const stops = await renderedStops(page);
		// The stops that lie on a leg's clickable band.
		const onLeg = await mapCall(
			page,
			(m, points) =>
				points.filter(
					(p) => m.queryRenderedFeatures([p.x, p.y], { layers: ['journey-legs-hit'] }).length > 0
				),
			stops
		);
		const stop = onLeg[0];
		expect(stop, 'a stop on screen on a leg').toBeTruthy();
		if (!stop) return;
		await page.locator('canvas.maplibregl-canvas').click({ position: { x: stop.x, y: stop.y } });
		await expect(page.getByTestId('stop-panel')).toBeVisible();
		await expect(legPanel(page)).toHaveCount(0);
		expect(new URL(page.url()).searchParams.get('stop')).toBe(stop.id);
		expect(new URL(page.url()).searchParams.get('leg')).toBeNull();
	});

	test('opens from the itinerary by keyboard, and Escape gives focus back to its row', async ({
		page
	}) => {
		await page.goto('/');
		// The legs between the stops are listed once the map has drawn.
		await expect(itinerary(page).locator('[data-leg]').first()).toBeAttached();
		await itinerary(page).locator('[data-stop]').first().focus();
		// After a stop comes the leg to the next stop, then that stop.
		await page.keyboard.press('Tab');
		const row = page.locator(':focus');
		const legId = (await row.getAttribute('data-leg')) ?? '';
		expect(legId).not.toBe('');
		await expect(row).toHaveAccessibleName(
			/^Leg from .+ to .+, (by|on) \w+, [\d.,]+ (mi|km|versts)/
		);
		await page.keyboard.press('Enter');
		const heading = legPanel(page).getByRole('heading', { level: 2 });
		await expect(heading).toBeFocused();
		expect(new URL(page.url()).searchParams.get('leg')).toBe(legId);
		await page.keyboard.press('Escape');
		await expect(legPanel(page)).toHaveCount(0);
		await expect(page.locator(`[data-leg="${legId}"]`)).toBeFocused();
		expect(new URL(page.url()).searchParams.get('leg')).toBeNull();
	});

	test('a leg whose line a published length scales shows drawn and counted, and its sections', async ({
		page
	}) => {
		const view = (await (await page.request.get('/data/distances.json')).json()) as DistanceView;
		const scaled = view.journeys
			.find((j) => j.id === 'train')
			?.legs.find((l) => l.scaledBy.length > 0 && Math.abs(l.lengthKm - l.drawnKm) > 1);
		expect(scaled, 'a train leg scaled by a published length').toBeTruthy();
		if (!scaled) return;
		await page.goto(`/?leg=${scaled.id}&unit=km`);
		const panel = legPanel(page);
		await expect(panel.getByTestId('leg-drawn')).toHaveText(formatDistance(scaled.drawnKm, 'km'));
		await expect(panel.getByTestId('leg-counted')).toContainText(
			formatDistance(scaled.lengthKm, 'km')
		);
		// Every section whose published length counts is named; those on the leg's route say by how much.
		await expect(panel.getByTestId('leg-length')).toContainText(scaled.scaledBy.join(', '));
		const sections = panel.getByTestId('leg-sections');
		await expect(sections.getByRole('listitem').first()).toContainText(/opened /);
		await expect(
			sections.getByRole('listitem').filter({
				hasText: /counted ×\d\.\d{3},\s+by\s+(the published length of|today's km posts)\s/
			})
		).not.toHaveCount(0);
	});

	test('where sources disagree about a leg, that note comes first and the itinerary flags it', async ({
		page
	}) => {
		const disputed = legsOf('train').find((l) =>
			l.properties.notes?.some((n) => n.kind === 'disagreement')
		);
		expect(disputed, 'a train leg with a disagreement note').toBeTruthy();
		if (!disputed) return;
		await page.goto('/');
		const row = itinerary(page).locator(`[data-leg="${disputed.id}"]`);
		await expect(row).toHaveAccessibleName(/sources disagree$/);
		await row.click();
		const first = legPanel(page).getByRole('note').first();
		await expect(first).toHaveAttribute('data-kind', 'disagreement');
		await expect(first).toContainText('Sources disagree:');
	});

	test('a trip’s notes show in the itinerary and on the leg panel’s trip line', async ({
		page
	}) => {
		const trip = trainMeta.trips.find((t) => t.notes?.length);
		expect(trip, 'a train trip with notes').toBeTruthy();
		if (!trip?.notes) return;
		const text = trip.notes[0]!.text;
		await page.goto('/');
		const section = itinerary(page)
			.locator('section.trip')
			.filter({ has: page.getByRole('heading', { name: trip.label }) })
			.first();
		const notes = section.getByTestId('trip-notes');
		if (foldNotes(trip.notes)) {
			await expect(notes.getByText(text)).toBeHidden();
			await notes.getByText(`Notes (${trip.notes.length}`).click();
		}
		await expect(notes.getByText(text)).toBeVisible();
		const leg = legsOf('train').find((l) => l.properties.trip === trip.number);
		expect(leg, 'a leg of that trip').toBeTruthy();
		await page.goto(`/?leg=${leg!.id}`);
		await expect(legPanel(page).getByTestId('leg-facts').getByTestId('trip-notes')).toContainText(
			foldNotes(trip.notes) ? `Notes (${trip.notes.length}` : text
		);
	});

	test('a linked leg is drawn selected, and axe finds nothing with its panel open, desktop and phone', async ({
		page
	}) => {
		const leg = legsOf('train').find((l) => l.properties.notes?.length && l.properties.network);
		expect(leg, 'a routed train leg with notes').toBeTruthy();
		await page.goto(`/?leg=${leg!.id}`);
		await waitForMapIdle(page);
		await expect(legPanel(page).getByTestId('leg-sections')).toBeVisible();
		// A cited title means the sources have arrived, which redraws the map's data: the leg a link
		// selects stays drawn selected after that.
		await expect(legPanel(page).getByTestId('leg-sources').locator('cite').first()).toBeVisible();
		await expect.poll(() => drawnSelected(page, leg!.id)).toBe(true);
		expect(await axeViolations(page)).toEqual([]);
		await page.setViewportSize({ width: 390, height: 844 });
		await expect(legPanel(page)).toBeVisible();
		expect(await axeViolations(page)).toEqual([]);
	});

	test('the first view does not fetch the rail network; the leg panel does', async ({ page }) => {
		const fetched: string[] = [];
		page.on('request', (r) => fetched.push(new URL(r.url()).pathname));
		await page.goto('/');
		await waitForMapIdle(page);
		// The sources come after the first view has drawn: by then the first view is complete.
		await expect.poll(() => fetched.some((p) => p.endsWith('/data/sources.json'))).toBe(true);
		expect(fetched.filter((p) => p.endsWith('/data/network.json'))).toEqual([]);
		const network = page.waitForRequest((r) => r.url().endsWith('/data/network.json'));
		await itinerary(page).locator('[data-leg]').first().click();
		await network;
		await expect(legPanel(page).getByTestId('leg-sections')).toBeVisible();
	});
});
