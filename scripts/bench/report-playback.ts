// The playback section of docs/performance.md (scripts/bench/playback.ts measures it).
import type { PlaybackFrames } from './playback';
import { STAT_HEAD, statRow, TARGET } from './report-sections';

const pct = (share: number) => `${Math.round(share * 100)} %`;

export function playbackSection(pf: PlaybackFrames | undefined): string[] {
	if (!pf) return [];
	return [
		'## Frame times while playing (Chromium)',
		'',
		`The train played from its start at the fastest speed (30 days a second) for ${pf.seconds} s: Echelon's map`,
		'and clock alone (`tests/perf/scale/`: JourneyMap, the Playback clock and the frame loop wired as the',
		'page wires them, following the marker), the same with both journeys drawn, and the page itself (the',
		'production build at `/?speed=30`, with the date chip, headline, timeline and itinerary following',
		'the clock; Play pressed once the map is idle, the itinerary is in and the offline copy is installed,',
		'as on a second visit: the first one installs it right after the first view, which costs frames',
		'for a few seconds), and the page with both journeys and the rail network and front layers on',
		'(`/?speed=30&both=1&layers=network,front`, Play pressed once those layers are drawn); beside them',
		'a bare MapLibre page moving one HTML marker',
		"along the same line at the same pace, with the app's follow rule (`tests/perf/bare/?play=1`).",
		`Intervals between animation frames, ${pf.rounds} rounds, alternating in the same run, each visit in a fresh`,
		'context. "Redrawn" is the share of frames on which MapLibre rendered its canvas (the bare page has',
		'no hook to count it).',
		'',
		...STAT_HEAD.map((row, i) => row + (i === 0 ? ' redrawn |' : ' --- |')),
		statRow('Echelon, the train', pf.echelon) + ` ${pct(pf.redrawn.echelon)} |`,
		statRow('Echelon, both journeys', pf.echelonBoth) + ` ${pct(pf.redrawn.echelonBoth)} |`,
		statRow('Echelon, the page', pf.page) + ` ${pct(pf.redrawn.page)} |`,
		statRow('the page, both journeys, network and front', pf.pageAll) +
			` ${pct(pf.redrawn.pageAll)} |`,
		statRow('bare MapLibre, one marker', pf.bare) + ' – |',
		'',
		`Median frame interval ÷ bare: the train **${pf.ratio.toFixed(2)}×**, the page **${pf.ratioPage.toFixed(2)}×** (target ≤ ${TARGET.playbackRatio}); both journeys ${pf.ratioBoth.toFixed(2)}×; the page with both journeys and the network and front layers ${pf.ratioPageAll.toFixed(2)}×.`,
		'',
		'A moving HTML marker alone does not make MapLibre redraw its canvas; Echelon redraws it when the',
		'travelled line or the stops change. In headless Chromium with SwiftShader every frame shown is',
		'finished and read back on the CPU (the GPU process spent nearly all its time in',
		'`SkiaOutputSurfaceImplOnGpu::SwapBuffers` → `readPixels` in a trace of playback), so a frame that',
		'redraws the map costs several frames of wall time, and a page that redraws it on every frame runs',
		'at a fraction of the bare rate. So the map changes of playback (the pieces of the leg under way',
		'behind the marker, its leg, stops reached, legs travelled: all feature-state but the leg) go',
		'through one gate per map that applies them together at most every other frame, the latest state',
		'winning (`src/lib/map/layers/frame-gate.ts`; a seek or a selection is drawn at once); the marker',
		"still moves on every frame (see below). On the page, the timeline's thumb and cursor move by",
		'whole steps of the track rather than on every frame. (The date chip sent through the same gate',
		'was tried and not kept: the page measured 16.7, 33.3 and 33.3 ms in three runs with it, 33.3 ms',
		'without.)',
		''
	];
}
