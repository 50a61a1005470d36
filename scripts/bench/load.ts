// Load time (issue 17): navigation start → the map's first `idle`, for Echelon and for three bare-MapLibre
// fixtures (tests/perf/bare): the same basemap alone; the same basemap with the first view's journey
// drawn by the app's layers (the same picture, without the app); and that page again with its canvas
// hidden until the map's `load`, as the app hides its own under the loading overlay (MapView.svelte).
// Taken in turn, each visit in a fresh context (cold cache), with the milestones the pages mark.
import type { Browser, Page } from 'playwright';
import { idleAt } from '../lib/first-view';
import { readAppView, bareQuery, type AppView } from './app-view';
import { context, stats, type Stats } from './browser';

export interface LoadTimes {
	echelonMs: Stats;
	/** The bare page with the basemap alone. */
	bareMs: Stats;
	/** The bare page drawing the basemap and the first view's journey, stops and labels. */
	bareJourneysMs: Stats;
	/** The same picture, its canvas hidden until the map's `load` (bare/?journeys=1&hidden=1). */
	bareHiddenMs: Stats;
	/** Median Echelon ÷ median bare (basemap alone). */
	ratio: number;
	/** Median Echelon ÷ median bare drawing the same journey. */
	ratioSamePicture: number;
	/** Median Echelon ÷ median bare drawing the same journey out of sight until `load`, as the app
	 * does: what is left of the app's own share once both skip compositing frames nobody sees. */
	ratioHidden: number;
	/** The app's map canvas size and camera, used for the bare pages too. */
	appView: AppView;
	/** Median time of each milestone, ms from navigation start, on each page (MILESTONES). */
	milestones: ({ label: string } & Record<`${Which}Ms`, number>)[];
}

/** One load-time comparison: the medians of its visits, and the load average at its start. */
export interface LoadRun {
	ratio: number;
	ratioSamePicture: number;
	echelonMs: number;
	bareMs: number;
	bareJourneysMs: number;
	bareHiddenMs: number;
	ratioHidden: number;
	loadAverage: number;
}

type Which = 'echelon' | 'bare' | 'bareJourneys' | 'bareHidden';
const PAGES: Which[] = ['echelon', 'bare', 'bareJourneys', 'bareHidden'];

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

export async function measureLoadTimes(
	browser: Browser,
	appUrl: string,
	fixtureUrl: string,
	runs: number,
	log: (line: string) => void
): Promise<LoadTimes> {
	const appView = await readAppView(browser, appUrl);

	const times: Record<Which, number[]> = {
		echelon: [],
		bare: [],
		bareJourneys: [],
		bareHidden: []
	};
	const marks: Record<Which, Record<string, number>[]> = {
		echelon: [],
		bare: [],
		bareJourneys: [],
		bareHidden: []
	};
	const bareUrl = `${fixtureUrl}/bare/?${bareQuery(appView)}`;
	const urls: Record<Which, string> = {
		echelon: `${appUrl}/`,
		bare: bareUrl,
		bareJourneys: `${bareUrl}&journeys=1`,
		bareHidden: `${bareUrl}&journeys=1&hidden=1`
	};
	for (let i = 0; i < runs; i++) {
		// Each page takes each place in the order in turn, so none always gets the warmer machine.
		const order = PAGES.map((_, k) => PAGES[(i + k) % PAGES.length] as Which);
		for (const which of order) {
			const ctx = await context(browser);
			const page = await ctx.newPage();
			await page.goto(urls[which]);
			const ms = await idleAt(page);
			times[which].push(ms);
			marks[which].push(await readMilestones(page, ms));
			await ctx.close();
		}
		const last = (which: Which) => times[which].at(-1)?.toFixed(0);
		log(
			`load time run ${i + 1}/${runs}: Echelon ${last('echelon')} ms, bare ${last('bare')} ms, bare with the journey ${last('bareJourneys')} ms, the same hidden until load ${last('bareHidden')} ms`
		);
	}
	const echelonMs = stats(times.echelon);
	const bareMs = stats(times.bare);
	const bareJourneysMs = stats(times.bareJourneys);
	const bareHiddenMs = stats(times.bareHidden);
	const medianOf = (which: Which, key: string) =>
		stats(marks[which].map((m) => m[key] ?? NaN).filter((v) => !Number.isNaN(v))).median;
	return {
		echelonMs,
		bareMs,
		bareJourneysMs,
		bareHiddenMs,
		ratio: echelonMs.median / bareMs.median,
		ratioSamePicture: echelonMs.median / bareJourneysMs.median,
		ratioHidden: echelonMs.median / bareHiddenMs.median,
		appView,
		milestones: MILESTONES.map(([label, key]) => ({
			label,
			echelonMs: medianOf('echelon', key),
			bareMs: medianOf('bare', key),
			bareJourneysMs: medianOf('bareJourneys', key),
			bareHiddenMs: medianOf('bareHidden', key)
		}))
	};
}
