// The browser measurements, in headless Chromium with the shared setup (chromium.config.ts): the
// statistics and the fresh context they share (load times in load.ts, playback in playback.ts), and
// the frame times while the marker moves: Echelon's map and clock (tests/perf/scale) crossing the
// longest leg of the flagship data and of a synthetic journey, alternating in the same run.
import type { Browser, BrowserContext, Page } from 'playwright';
import { freshContext, idleAt } from '../lib/first-view';

export interface Stats {
	n: number;
	median: number;
	p95: number;
	mean: number;
	min: number;
	max: number;
}

export function stats(values: readonly number[]): Stats {
	const sorted = [...values].sort((a, b) => a - b);
	const at = (q: number) =>
		sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? NaN;
	const mid = sorted.length / 2;
	const median =
		sorted.length % 2 === 1
			? (sorted[Math.floor(mid)] ?? NaN)
			: ((sorted[mid - 1] ?? NaN) + (sorted[mid] ?? NaN)) / 2;
	return {
		n: sorted.length,
		median,
		p95: at(0.95),
		mean: sorted.reduce((s, v) => s + v, 0) / (sorted.length || NaN),
		min: sorted[0] ?? NaN,
		max: sorted[sorted.length - 1] ?? NaN
	};
}

const VIEWPORT = { width: 1000, height: 720 };

/** A fresh context (cold cache) of the bench's viewport: scripts/lib/first-view.ts. */
export const context = (browser: Browser): Promise<BrowserContext> =>
	freshContext(browser, VIEWPORT);

export interface FrameTimes {
	/** Frame intervals while the marker crosses a leg, ms. */
	mapFlagship: Stats;
	mapSynthetic: Stats;
	/** Median synthetic ÷ median flagship, both on the map fixture. */
	ratio: number;
	/** The journey core's per-frame work measured in Chromium, ms (timer resolution limits it). */
	coreFrameMs: { flagship: number; synthetic: number };
	vertices: { flagship: number; synthetic: number };
	/** The leg crossed, and its vertices. */
	legs: {
		flagship: string;
		synthetic: string;
		flagshipVertices: number;
		syntheticVertices: number;
	};
	/** buildJourneyIndex in Chromium, ms. */
	indexMs: { flagship: number; synthetic: number };
	/** Navigation → first idle of the synthetic journey's map, ms (a one-off cost). */
	syntheticIdleMs: number;
	seconds: number;
	rounds: number;
}

/**
 * Intervals between animation frames over `ms` of wall time, measured in the page. Passed as source
 * text: tsx would otherwise wrap the named functions inside it with a helper the page does not have.
 */
export function frameIntervals(page: Page, ms: number): Promise<number[]> {
	return page.evaluate(`new Promise((resolve) => {
		const intervals = [];
		let last;
		let end = 0;
		const frame = (now) => {
			if (last === undefined) end = now + ${Number(ms)};
			else intervals.push(now - last);
			last = now;
			if (now < end) requestAnimationFrame(frame);
			else resolve(intervals);
		};
		requestAnimationFrame(frame);
	})`);
}

interface BenchHook {
	vertices: number;
	indexMs: number;
	coreFrameMs(n: number): number;
	playMoving(seconds: number): { leg: string; vertices: number };
}

export async function measureFrameTimes(
	browser: Browser,
	appUrl: string,
	fixtureUrl: string,
	options: { seconds: number; rounds: number; trips: number; verticesPerTrip: number },
	log: (line: string) => void
): Promise<FrameTimes> {
	const { seconds, rounds, trips, verticesPerTrip } = options;
	const flagship: number[] = [];
	const synthetic: number[] = [];
	const empty = { vertices: 0, indexMs: 0, core: 0, leg: '', legVertices: 0 };
	const hook = { flagship: { ...empty }, synthetic: { ...empty } };
	let syntheticIdleMs = 0;

	const cross = async (data: 'flagship' | 'synthetic', into: number[]) => {
		const ctx = await context(browser);
		const page = await ctx.newPage();
		const query =
			data === 'synthetic'
				? `data=synthetic&trips=${trips}&vertices=${verticesPerTrip}`
				: 'data=flagship';
		await page.goto(`${fixtureUrl}/scale/?${query}`);
		const idle = await idleAt(page, 300_000);
		if (data === 'synthetic') syntheticIdleMs = idle;
		const info = await page.evaluate(() => {
			const b = (window as unknown as { __bench: BenchHook }).__bench;
			return { vertices: b.vertices, indexMs: b.indexMs, core: b.coreFrameMs(20_000) };
		});
		// Crossing the leg takes a little longer than the measurement, so the marker never stops.
		const leg = await page.evaluate(
			(s) => (window as unknown as { __bench: BenchHook }).__bench.playMoving(s),
			seconds + 1
		);
		hook[data] = { ...info, leg: leg.leg, legVertices: leg.vertices };
		into.push(...(await frameIntervals(page, seconds * 1000)));
		await ctx.close();
	};

	for (let round = 0; round < rounds; round++) {
		await cross('flagship', flagship);
		await cross('synthetic', synthetic);
		log(
			`frame times round ${round + 1}/${rounds}: flagship ${flagship.length}, synthetic ${synthetic.length} frames`
		);
	}
	const mapFlagship = stats(flagship);
	const mapSynthetic = stats(synthetic);
	return {
		mapFlagship,
		mapSynthetic,
		ratio: mapSynthetic.median / mapFlagship.median,
		coreFrameMs: { flagship: hook.flagship.core, synthetic: hook.synthetic.core },
		vertices: { flagship: hook.flagship.vertices, synthetic: hook.synthetic.vertices },
		legs: {
			flagship: hook.flagship.leg,
			synthetic: hook.synthetic.leg,
			flagshipVertices: hook.flagship.legVertices,
			syntheticVertices: hook.synthetic.legVertices
		},
		indexMs: { flagship: hook.flagship.indexMs, synthetic: hook.synthetic.indexMs },
		syntheticIdleMs,
		seconds,
		rounds
	};
}
