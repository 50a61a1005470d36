// Frame times while playing (issue 17): the train played from its start at the fastest speed for 10 s
// on Echelon's map and clock (tests/perf/scale, as the page wires them; also with both journeys drawn),
// beside a bare MapLibre page moving one marker along the same line at the same pace
// (tests/perf/bare/?play=1), alternating in the same run, each visit in a fresh context.
import type { Browser } from 'playwright';
import { idleAt } from '../lib/first-view';
import { context, frameIntervals, stats, type Stats } from './browser';

export interface PlaybackFrames {
	echelon: Stats;
	echelonBoth: Stats;
	bare: Stats;
	/** Median Echelon ÷ median bare. */
	ratio: number;
	ratioBoth: number;
	seconds: number;
	rounds: number;
}

type Page = 'echelon' | 'echelonBoth' | 'bare';

export async function measurePlayback(
	browser: Browser,
	fixtureUrl: string,
	mapSize: { width: number; height: number },
	log: (line: string) => void,
	{ seconds = 10, rounds = 2 } = {}
): Promise<PlaybackFrames> {
	const size = `w=${mapSize.width}&h=${mapSize.height}`;
	const url: Record<Page, string> = {
		echelon: `${fixtureUrl}/scale/?data=flagship&${size}`,
		echelonBoth: `${fixtureUrl}/scale/?data=flagship&both=1&${size}`,
		bare: `${fixtureUrl}/bare/?play=1&${size}`
	};
	const frames: Record<Page, number[]> = { echelon: [], echelonBoth: [], bare: [] };
	for (let round = 0; round < rounds; round++) {
		// Alternate the order, so neither page always gets the warmer machine.
		const order: Page[] =
			round % 2 === 0 ? ['echelon', 'bare', 'echelonBoth'] : ['bare', 'echelonBoth', 'echelon'];
		for (const which of order) {
			const ctx = await context(browser);
			const page = await ctx.newPage();
			await page.goto(url[which]);
			await idleAt(page, 300_000);
			await page.evaluate(() =>
				(window as unknown as { __bench: { play(): void } }).__bench.play()
			);
			frames[which].push(...(await frameIntervals(page, seconds * 1000)));
			await ctx.close();
		}
		log(
			`playback round ${round + 1}/${rounds}: Echelon ${frames.echelon.length}, both ${frames.echelonBoth.length}, bare ${frames.bare.length} frames`
		);
	}
	const echelon = stats(frames.echelon);
	const echelonBoth = stats(frames.echelonBoth);
	const bare = stats(frames.bare);
	log(
		`  playback frame time (median/p95): Echelon ${echelon.median.toFixed(1)}/${echelon.p95.toFixed(1)} ms, both ${echelonBoth.median.toFixed(1)}/${echelonBoth.p95.toFixed(1)} ms, bare ${bare.median.toFixed(1)}/${bare.p95.toFixed(1)} ms`
	);
	return {
		echelon,
		echelonBoth,
		bare,
		ratio: echelon.median / bare.median,
		ratioBoth: echelonBoth.median / bare.median,
		seconds,
		rounds
	};
}
