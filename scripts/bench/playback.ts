// Frame times while playing (issue 17): the train played from its start at the fastest speed for 10 s
// on Echelon's map and clock alone (tests/perf/scale, as the page wires them; also with both journeys
// drawn) and on the page itself (the production build, with its date chip, headline, timeline and
// itinerary following the clock, once what follows its first view has settled), beside a bare MapLibre page moving one marker along the same line
// at the same pace (tests/perf/bare/?play=1), alternating in the same run, each visit in a fresh
// context. On Echelon's pages the share of frames on which MapLibre redrew its canvas is counted too.
import type { Browser, Page as PwPage } from 'playwright';
import { idleAt } from '../lib/first-view';
import { LAYER } from '../../src/lib/map/layer-styles';
import { context, stats, type Stats } from './browser';

export interface PlaybackFrames {
	echelon: Stats;
	echelonBoth: Stats;
	page: Stats;
	/** The page with both journeys and the rail network and front layers on. */
	pageAll: Stats;
	bare: Stats;
	/** Share of frames on which the map was redrawn (Echelon's pages; the bare page has no hook). */
	redrawn: { echelon: number; echelonBoth: number; page: number; pageAll: number };
	/** Median Echelon ÷ median bare. */
	ratio: number;
	ratioBoth: number;
	ratioPage: number;
	ratioPageAll: number;
	seconds: number;
	rounds: number;
}

const PAGES = ['echelon', 'echelonBoth', 'page', 'pageAll', 'bare'] as const;
type Which = (typeof PAGES)[number];
/** One value per page. */
const perPage = <T>(value: (w: Which) => T) =>
	Object.fromEntries(PAGES.map((w) => [w, value(w)])) as Record<Which, T>;

/**
 * Starts playback and returns the intervals between animation frames over `ms`, and on how many of
 * them MapLibre rendered (`window.__echelonMap`, when the page has one). Source text, as in
 * browser.ts's frameIntervals: tsx would wrap named functions with a helper the page does not have.
 */
function playAndMeasure(page: PwPage, ms: number, start: 'bench' | 'button') {
	return page.evaluate(`new Promise((resolve) => {
		const map = window.__echelonMap;
		let renders = 0;
		map?.on('render', () => renders++);
		${start === 'button' ? "document.querySelector('[data-testid=play]').click();" : 'window.__bench.play();'}
		const intervals = [];
		let last;
		let end = 0;
		let rendered = 0;
		let seen = 0;
		const frame = (now) => {
			if (last === undefined) end = now + ${Number(ms)};
			else {
				intervals.push(now - last);
				if (renders > seen) rendered++;
			}
			seen = renders;
			last = now;
			if (now < end) requestAnimationFrame(frame);
			else resolve({ intervals, rendered: map ? rendered : null });
		};
		requestAnimationFrame(frame);
	})`) as Promise<{ intervals: number[]; rendered: number | null }>;
}

/**
 * Waits until the page's itinerary is in and its service worker is active, and with `layers`, until
 * the rail network and front layers are on the map and it is idle again.
 */
async function settled(page: PwPage, layers: boolean): Promise<void> {
	await page.locator('[data-stop]').first().waitFor({ state: 'attached', timeout: 120_000 });
	await page.evaluate(() => navigator.serviceWorker?.ready);
	if (!layers) return;
	await page.waitForFunction(
		([network, front]) => {
			const map = (window as unknown as { __echelonMap?: import('maplibre-gl').Map }).__echelonMap;
			return !!map?.getLayer(network) && !!map.getLayer(front) && map.loaded();
		},
		[LAYER.network, LAYER.front] as const,
		{ timeout: 120_000 }
	);
}

export async function measurePlayback(
	browser: Browser,
	appUrl: string,
	fixtureUrl: string,
	mapSize: { width: number; height: number },
	log: (line: string) => void,
	{ seconds = 10, rounds = 2 } = {}
): Promise<PlaybackFrames> {
	const size = `w=${mapSize.width}&h=${mapSize.height}`;
	const url: Record<Which, string> = {
		echelon: `${fixtureUrl}/scale/?data=flagship&${size}`,
		echelonBoth: `${fixtureUrl}/scale/?data=flagship&both=1&${size}`,
		page: `${appUrl}/?speed=30`,
		pageAll: `${appUrl}/?speed=30&both=1&layers=network,front`,
		bare: `${fixtureUrl}/bare/?play=1&${size}`
	};
	const frames = perPage((): number[] => []);
	const rendered = perPage(() => 0);
	for (let round = 0; round < rounds; round++) {
		// Alternate the order, so none always gets the warmer machine.
		const order: Which[] =
			round % 2 === 0
				? ['echelon', 'bare', 'page', 'echelonBoth', 'pageAll']
				: ['pageAll', 'echelonBoth', 'page', 'bare', 'echelon'];
		for (const which of order) {
			const ctx = await context(browser);
			const page = await ctx.newPage();
			await page.goto(url[which]);
			await idleAt(page, 300_000);
			// The page first finishes what follows its first view: its lazy parts, and the offline copy
			// (src/lib/data/offline.ts), whose install fetches and stores the whole site once.
			const onPage = which === 'page' || which === 'pageAll';
			if (onPage) await settled(page, which === 'pageAll');
			const got = await playAndMeasure(page, seconds * 1000, onPage ? 'button' : 'bench');
			frames[which].push(...got.intervals);
			rendered[which] += got.rendered ?? 0;
			await ctx.close();
		}
		log(
			`playback round ${round + 1}/${rounds}: Echelon ${frames.echelon.length}, both ${frames.echelonBoth.length}, the page ${frames.page.length}, with all layers ${frames.pageAll.length}, bare ${frames.bare.length} frames`
		);
	}
	const s = perPage((w) => stats(frames[w]));
	const share = (w: Which) => rendered[w] / Math.max(frames[w].length, 1);
	const line = (w: Which) => `${s[w].median.toFixed(1)}/${s[w].p95.toFixed(1)} ms`;
	log(
		`  playback frame time (median/p95): Echelon ${line('echelon')}, both ${line('echelonBoth')}, the page ${line('page')}, with all layers ${line('pageAll')}, bare ${line('bare')}`
	);
	return {
		...s,
		redrawn: {
			echelon: share('echelon'),
			echelonBoth: share('echelonBoth'),
			page: share('page'),
			pageAll: share('pageAll')
		},
		ratio: s.echelon.median / s.bare.median,
		ratioBoth: s.echelonBoth.median / s.bare.median,
		ratioPage: s.page.median / s.bare.median,
		ratioPageAll: s.pageAll.median / s.bare.median,
		seconds,
		rounds
	};
}
