// Load time (issue 17): navigation start → the map's first `idle`, for Echelon and for the
// bare-MapLibre fixture with the same basemap (tests/perf/bare), alternating, each visit in a fresh
// context (cold cache), with the milestones both pages mark on the way.
import type { Browser, Page } from 'playwright';
import { idleAt } from '../lib/first-view';
import { context, stats, type Stats } from './browser';

export interface LoadTimes {
	echelonMs: Stats;
	bareMs: Stats;
	/** Median Echelon ÷ median bare. */
	ratio: number;
	/** The app's map canvas size, used for the bare page too. */
	mapSize: { width: number; height: number };
	/** Median time of each milestone, ms from navigation start, on each page (MILESTONES). */
	milestones: { label: string; echelonMs: number; bareMs: number }[];
}

/**
 * The milestones both pages mark on the way to the first idle: navigation timing, then the `echelon:`
 * marks of src/lib/map/load-map.ts and MapView.svelte (the bare fixture sets the same three).
 */
const MILESTONES = [
	['HTML received', 'responseEnd'],
	['DOMContentLoaded', 'dcl'],
	['page hydrated (Echelon)', 'echelon:hydrated'],
	["MapLibre's code and the basemap in", 'echelon:map-code'],
	['map created', 'echelon:map-created'],
	["map's style and sources loaded (`load`)", 'echelon:map-load'],
	['first idle', 'idle']
] as const;

function readMilestones(page: Page, idleMs: number): Promise<Record<string, number>> {
	return page.evaluate((idle) => {
		const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
		const out: Record<string, number> = {
			responseEnd: nav.responseEnd,
			dcl: nav.domContentLoadedEventStart,
			idle
		};
		for (const m of performance.getEntriesByType('mark')) out[m.name] ??= m.startTime;
		return out;
	}, idleMs);
}

/** The app's map size at the bench's viewport, so the bare map draws the same number of pixels. */
export async function appMapSize(
	browser: Browser,
	appUrl: string
): Promise<{ width: number; height: number }> {
	const probe = await context(browser);
	const probePage = await probe.newPage();
	await probePage.goto(`${appUrl}/`);
	await idleAt(probePage);
	const box = await probePage.getByTestId('map').boundingBox();
	await probe.close();
	return { width: Math.round(box?.width ?? 1000), height: Math.round(box?.height ?? 720) };
}

export async function measureLoadTimes(
	browser: Browser,
	appUrl: string,
	fixtureUrl: string,
	runs: number,
	log: (line: string) => void
): Promise<LoadTimes> {
	const mapSize = await appMapSize(browser, appUrl);

	const echelon: number[] = [];
	const bare: number[] = [];
	const marks: Record<'echelon' | 'bare', Record<string, number>[]> = { echelon: [], bare: [] };
	const bareUrl = `${fixtureUrl}/bare/?w=${mapSize.width}&h=${mapSize.height}`;
	for (let i = 0; i < runs; i++) {
		// Alternate which goes first, so neither always gets the warmer machine.
		const order = i % 2 === 0 ? (['echelon', 'bare'] as const) : (['bare', 'echelon'] as const);
		for (const which of order) {
			const ctx = await context(browser);
			const page = await ctx.newPage();
			await page.goto(which === 'echelon' ? `${appUrl}/` : bareUrl);
			const ms = await idleAt(page);
			(which === 'echelon' ? echelon : bare).push(ms);
			marks[which].push(await readMilestones(page, ms));
			await ctx.close();
		}
		log(
			`load time run ${i + 1}/${runs}: Echelon ${echelon.at(-1)?.toFixed(0)} ms, bare ${bare.at(-1)?.toFixed(0)} ms`
		);
	}
	const echelonMs = stats(echelon);
	const bareMs = stats(bare);
	const medianOf = (which: 'echelon' | 'bare', key: string) =>
		stats(marks[which].map((m) => m[key] ?? NaN).filter((v) => !Number.isNaN(v))).median;
	return {
		echelonMs,
		bareMs,
		ratio: echelonMs.median / bareMs.median,
		mapSize,
		milestones: MILESTONES.map(([label, key]) => ({
			label,
			echelonMs: medianOf('echelon', key),
			bareMs: medianOf('bare', key)
		}))
	};
}
