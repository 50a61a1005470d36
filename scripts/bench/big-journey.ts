// A 1,000,000-point journey in the browser (issue 18), on the built app as a reader uses it: the
// flagship (the train) plays first, then a GPX log of a million track points is imported through the
// page's own file chooser (the import worker: decode, streaming parse, build, validate, store) and
// plays on the same page. Import time (file chosen → "Imported …" announced → map idle) and the
// intervals between animation frames while each plays, at the default speed (7 days a second: the
// log's 116 days then last 16 s, so the marker moves for the whole measurement).
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright';
import { bigTrackGpx } from '../../src/lib/import/fixtures/big-files';
import { idleAt } from '../lib/first-view';
import { context, frameIntervals, stats, type Stats } from './browser';

export interface BigJourneyFigures {
	points: number;
	megabytes: number;
	/** File chosen → the import announced, ms. */
	importMs: Stats;
	/** File chosen → the map idle with the journey drawn, ms. */
	drawnMs: Stats;
	flagship: Stats;
	million: Stats;
	/** Median 1M ÷ median flagship frame interval. */
	ratio: number;
	seconds: number;
	rounds: number;
}

const clock = async (page: Page) => Number(await page.getByTestId('now').getAttribute('data-t'));
const pageNow = (page: Page) => page.evaluate(() => performance.now());

interface IdleWindow {
	__lastIdle?: number;
	__echelonMap: { on(e: 'idle', f: () => void): void; loaded(): boolean; isMoving(): boolean };
}

/**
 * Page time of the map's last idle once it is loaded and still, after `after` (page ms, when the file
 * was chosen: the map draws nothing while the worker reads, so that idle is the imported journey's).
 */
async function drawnAfter(page: Page, after: number): Promise<number> {
	await page.waitForFunction(
		(t) => {
			const w = window as unknown as IdleWindow;
			return (w.__lastIdle ?? 0) > t && w.__echelonMap.loaded() && !w.__echelonMap.isMoving();
		},
		after,
		{ timeout: 300_000 }
	);
	return page.evaluate(() => (window as unknown as IdleWindow).__lastIdle ?? NaN);
}

/** Plays for `seconds` and returns the frame intervals; throws if the clock did not move throughout. */
async function playFor(page: Page, seconds: number, what: string): Promise<number[]> {
	const t0 = await clock(page);
	await page.getByRole('button', { name: 'Play' }).click();
	const frames = await frameIntervals(page, seconds * 1000);
	const playing = await page.getByRole('button', { name: 'Pause' }).isVisible();
	if (!playing || !((await clock(page)) > t0)) throw new Error(`${what} stopped playing`);
	await page.getByRole('button', { name: 'Pause' }).click();
	return frames;
}

export async function measureBigJourney(
	browser: Browser,
	appUrl: string,
	log: (line: string) => void,
	{ points = 1_000_000, seconds = 8, rounds = 2 } = {}
): Promise<BigJourneyFigures> {
	const text = bigTrackGpx(points);
	const dir = mkdtempSync(join(tmpdir(), 'echelon-bench-'));
	const file = join(dir, 'track-1m.gpx');
	writeFileSync(file, text);
	const importMs: number[] = [];
	const drawnMs: number[] = [];
	const frames = { flagship: [] as number[], million: [] as number[] };
	try {
		for (let round = 0; round < rounds; round++) {
			const ctx = await context(browser);
			const page = await ctx.newPage();
			await page.goto(`${appUrl}/`);
			await idleAt(page, 300_000);
			frames.flagship.push(...(await playFor(page, seconds, 'the train')));

			await page.evaluate(() => {
				const w = window as unknown as IdleWindow;
				w.__echelonMap.on('idle', () => (w.__lastIdle = performance.now()));
			});
			// Up to 1100 px wide the bar folds Your journeys into its Menu.
			const journeys = page.getByRole('button', { name: /^Your journeys/ });
			const menu = page.getByRole('button', { name: 'Menu', exact: true });
			await journeys.or(menu).first().waitFor();
			if (!(await journeys.isVisible())) await menu.click();
			await journeys.click();
			const t0 = await pageNow(page);
			await page.getByTestId('import-panel').getByLabel('Import a file…').setInputFiles(file);
			await page
				.getByTestId('import-status')
				.filter({ hasText: /^Imported / })
				.waitFor({ state: 'attached', timeout: 600_000 });
			const announced = await pageNow(page);
			importMs.push(announced - t0);
			drawnMs.push(Math.max(announced, await drawnAfter(page, t0)) - t0);
			frames.million.push(...(await playFor(page, seconds, 'the 1M-point journey')));
			await ctx.close();
			log(
				`1M-point journey round ${round + 1}/${rounds}: imported in ${((importMs.at(-1) ?? 0) / 1000).toFixed(1)} s, drawn at ${((drawnMs.at(-1) ?? 0) / 1000).toFixed(1)} s`
			);
		}
	} finally {
		rmSync(dir, { recursive: true, force: true });
	}
	const flagship = stats(frames.flagship);
	const million = stats(frames.million);
	log(
		`  frame time playing (median/p95): train ${flagship.median.toFixed(1)}/${flagship.p95.toFixed(1)} ms, 1M-point journey ${million.median.toFixed(1)}/${million.p95.toFixed(1)} ms`
	);
	return {
		points,
		megabytes: Buffer.byteLength(text) / 1e6,
		importMs: stats(importMs),
		drawnMs: stats(drawnMs),
		flagship,
		million,
		ratio: million.median / flagship.median,
		seconds,
		rounds
	};
}

const sec = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

export function bigJourneySection(b: BigJourneyFigures | undefined): string[] {
	if (!b) return [];
	const row = (label: string, s: Stats) =>
		`| ${label} | ${s.median.toFixed(1)} | ${s.p95.toFixed(1)} | ${s.max.toFixed(1)} | ${s.n} |`;
	return [
		'## A 1,000,000-point journey in the browser (Chromium)',
		'',
		`The built app as a reader uses it: the train plays from its start for ${b.seconds} s at the default speed (7 days`,
		`a second), then a GPX log of ${b.points.toLocaleString('en')} track points (${b.megabytes.toFixed(1)} MB) is imported through the`,
		'file chooser (the import worker: decode, streaming parse, build, validate, store in IndexedDB) and',
		`plays on the same page for ${b.seconds} s at the same speed. ${b.rounds} rounds, each in a fresh context.`,
		'',
		`Import, file chosen → "Imported …" announced: median ${sec(b.importMs.median)} (max ${sec(b.importMs.max)}); → the map idle`,
		`with the journey drawn: median ${sec(b.drawnMs.median)} (max ${sec(b.drawnMs.max)}).`,
		'',
		'| playing | median ms | p95 ms | max ms | frames |',
		'| --- | --- | --- | --- | --- |',
		row('the train (flagship)', b.flagship),
		row('the 1,000,000-point journey', b.million),
		'',
		`1M ÷ flagship (median frame interval): **${b.ratio.toFixed(2)}×**.`,
		''
	];
}
