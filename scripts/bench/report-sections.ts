// The sections of docs/performance.md (report.ts puts them together), each from one measurement.
import type { FrameTimes, Stats } from './browser';
import { fmtMs, fmtN } from './core';
import type { Slice, TraceSummary } from './trace';
import { TRACE_READING } from './trace-reading';

export const TARGET = {
	lookupVsAlong: 1000,
	coreFrameMs: 1,
	loadRatio: 1.15,
	/** "Close to the flagship's frame times": synthetic median within 25 % of the flagship's. */
	frameRatio: 1.25,
	/** Playback frame-time median within 20 % of a bare MapLibre page moving one marker. */
	playbackRatio: 1.2
} as const;

export const ms = (v: number) => `${v.toFixed(1)} ms`;
export const statRow = (label: string, s: Stats) =>
	`| ${label} | ${ms(s.median)} | ${ms(s.p95)} | ${ms(s.mean)} | ${(1000 / s.mean).toFixed(1)} | ${s.n} |`;
export const STAT_HEAD = [
	'| page | median | p95 | mean | fps (1000/mean) | frames |',
	'| --- | --- | --- | --- | --- | --- |'
];

const sliceRows = (slices: Slice[], total?: number) =>
	slices.map(
		(s) =>
			`| ${s.label} | ${ms(s.ms)} |` + (total ? ` ${((100 * s.ms) / total).toFixed(0)} % |` : '')
	);

export function traceSection(t: TraceSummary | undefined): string[] {
	if (!t) return [];
	const mainTotal = t.main.reduce((s, x) => s + x.ms, 0);
	const scriptTotal = t.script.reduce((s, x) => s + x.ms, 0);
	const top = t.script.slice(0, 3).map((s) => `${s.label} ${ms(s.ms)}`);
	return [
		"## Where the first view's time goes (Chromium trace)",
		'',
		"One visit traced with Chromium's tracing (`browser.startTracing`: the devtools timeline and V8's",
		"sampling profiler) from navigation to the map's first idle at " +
			`${ms(t.idleMs)}` +
			'. The bench builds',
		'with hidden source maps (never referenced or fetched), so each sample of JavaScript is named by the',
		'module that ran it (scripts/bench/trace.ts, trace-owners.ts).',
		'',
		'Milestones (ms from navigation start; the `echelon:` marks are set by src/lib/map/load-map.ts and',
		"MapView.svelte: MapLibre's code and the basemap in, the page hydrated, the map created, its style loaded):",
		'',
		'| milestone | at |',
		'| --- | --- |',
		...sliceRows(t.marks),
		'',
		`Main thread, self time by kind of work (${ms(mainTotal)} busy of ${ms(t.idleMs)}):`,
		'',
		'| work | time | share |',
		'| --- | --- | --- |',
		...sliceRows(t.main, mainTotal),
		'',
		`Main-thread JavaScript by owner (sampled, ${ms(scriptTotal)}):`,
		'',
		'| owner | time | share |',
		'| --- | --- | --- |',
		...sliceRows(t.script, scriptTotal),
		'',
		"The page's own modules that took longest (sampled):",
		'',
		'| module | time |',
		'| --- | --- |',
		...sliceRows(t.ownModules),
		'',
		'Other threads, busy time of their tasks before the first idle:',
		'',
		'| thread | time |',
		'| --- | --- |',
		...sliceRows(t.threads),
		'',
		`Reading it: the largest owners of main-thread JavaScript were ${top.join(', ')}.`,
		'',
		...TRACE_READING,
		''
	];
}

export function framesSection(f: FrameTimes | undefined): string[] {
	if (!f) return [];
	return [
		'## Frame times at scale (Chromium)',
		'',
		"Echelon's map and clock alone (`tests/perf/scale/`), crossing the leg that lasts longest on the",
		`clock at the speed that takes ${f.seconds + 1} s, so the marker moves and the travelled line changes on every`,
		`frame; intervals between animation frames over ${f.seconds} s, ${f.rounds} rounds, flagship and synthetic alternating.`,
		`Flagship: the train (${fmtN(f.vertices.flagship)} indexed vertices), leg \`${f.legs.flagship}\` (${fmtN(f.legs.flagshipVertices)} vertices).`,
		`Synthetic: 100 trips × 10,000 vertices (${fmtN(f.vertices.synthetic)} indexed vertices), leg \`${f.legs.synthetic}\` (${fmtN(f.legs.syntheticVertices)} vertices).`,
		'',
		...STAT_HEAD,
		statRow('flagship', f.mapFlagship),
		statRow('synthetic', f.mapSynthetic),
		'',
		`Synthetic ÷ flagship (median frame interval): **${f.ratio.toFixed(2)}×** (target ≤ ${TARGET.frameRatio}).`,
		'',
		`The journey core's per-frame work measured in Chromium (20,000 frames at spread times; \`performance.now\``,
		`is coarse, so this is the total divided by 20,000): flagship ${fmtMs(f.coreFrameMs.flagship)},`,
		`synthetic ${fmtMs(f.coreFrameMs.synthetic)}. One-off costs of the synthetic journey in Chromium:`,
		`\`buildJourneyIndex\` ${ms(f.indexMs.synthetic)} (flagship ${ms(f.indexMs.flagship)}); navigation → first idle`,
		`${ms(f.syntheticIdleMs)} (the whole route, ${fmtN(f.vertices.synthetic)} vertices, goes to MapLibre once).`,
		''
	];
}

export function closingSection(): string[] {
	return [
		'## How the per-frame drawing stays cheap',
		'',
		'The leg under way is one GeoJSON source: its line is uploaded once, when the clock enters the leg,',
		'cut into pieces of equal length on the Mercator plane, about 4 px each at the zoom of the moment',
		'(at most 1,024), and the pieces behind the marker are shown by feature-state',
		'(`src/lib/map/travelled.ts`, `layers/HeadLayer.svelte`). It used to move the edge of a',
		'`line-gradient` instead; but a changed paint property makes MapLibre draw the map twice (the',
		"style's change event asks for a second frame), so changing it every other frame kept software",
		'WebGL drawing on every frame, where a feature-state change draws once. Finished legs and stops',
		'reached are feature-state too, set only for the stops crossed. All of these go through one gate',
		'per map (`layers/frame-gate.ts`): applied together, at most every other animation frame. Nothing',
		're-sends geometry per frame, however long the leg.',
		'',
		'## Reading these figures',
		'',
		'The machine is small and shared, so figures move from run to run: compare within one run (the',
		'ratios), not across runs. Browser figures use software WebGL and say little about absolute speed',
		'on a device with a GPU.',
		'',
		'## Reproduce',
		'',
		'```sh',
		'npm run bench                  # everything above (builds the app and the fixtures; takes minutes)',
		'npm run bench -- --load-only   # the budgets and the load-time comparison only; writes nothing',
		'npm run bench -- --core-only   # Node benchmarks only, no browser',
		'npm run budgets                # the size budgets of the current build in Chromium (CI)',
		'```',
		''
	];
}
