// The sections of docs/performance.md (report.ts puts them together), each from one measurement.
import type { FrameTimes, Stats } from './browser';
import type { LoadRun, LoadTimes } from './load';
import { fmtMs, fmtN } from './core';
import type { Slice, TraceSummary } from './trace';

export const TARGET = {
	lookupVsAlong: 1000,
	coreFrameMs: 1,
	loadRatio: 1.15,
	/** "Close to the flagship's frame times": synthetic median within 25 % of the flagship's. */
	frameRatio: 1.25,
	/** Playback frame-time median within 20 % of a bare MapLibre page moving one marker. */
	playbackRatio: 1.2
} as const;

const ms = (v: number) => `${v.toFixed(1)} ms`;
export const statRow = (label: string, s: Stats) =>
	`| ${label} | ${ms(s.median)} | ${ms(s.p95)} | ${ms(s.mean)} | ${(1000 / s.mean).toFixed(1)} | ${s.n} |`;
export const STAT_HEAD = [
	'| page | median | p95 | mean | fps (1000/mean) | frames |',
	'| --- | --- | --- | --- | --- | --- |'
];

export function loadSection(l: LoadTimes | undefined, runs: LoadRun[] = []): string[] {
	if (!l) return [];
	const repeats =
		runs.length > 1
			? [
					`The comparison was run ${runs.length} times in this bench run, one after another (the tables above and below are the first):`,
					'',
					'| comparison | Echelon | bare, basemap | ratio | bare, same picture | ratio | same, hidden until `load` | ratio | 1-min load average at its start |',
					'| --- | --- | --- | --- | --- | --- | --- | --- | --- |',
					...runs.map(
						(r, i) =>
							`| ${i + 1} | ${ms(r.echelonMs)} | ${ms(r.bareMs)} | ${r.ratio.toFixed(2)} | ${ms(r.bareJourneysMs)} | ${r.ratioSamePicture.toFixed(2)} | ${ms(r.bareHiddenMs)} | ${r.ratioHidden.toFixed(2)} | ${r.loadAverage.toFixed(1)} |`
					),
					''
				]
			: [];
	return [
		'## Load time (Chromium)',
		'',
		"Navigation start → the map's first `idle` with the journeys drawn (the first `idle` after the",
		'journey layers are on the map, src/lib/map/MapView.svelte), each visit in a fresh browser context (cold cache),',
		'Echelon (`npm run build` + `npm run preview`) and three bare-MapLibre pages (`tests/perf/bare/`:',
		"MapLibre alone, the same basemap file, colours and bounds, a canvas of the app's map size,",
		`${l.mapSize.width}×${l.mapSize.height}), taken in turn in the same run, all served by \`vite preview\` on localhost:`,
		'',
		'- **bare, basemap**: the basemap alone, as the issue first set the comparison;',
		"- **bare, same picture** (`bare/?journeys=1`): the basemap and the first view's journey, stops and",
		"  labels, drawn with the app's own layer specifications from a GeoJSON file the page fetches beside",
		"  the basemap, in the style from the start: what plain MapLibre takes to draw the app's first view",
		'  (less the moving marker, the headline and the controls). Echelon over this page is the ratio',
		'  the target is judged on: the same picture, with and without the app;',
		'- **same, hidden until `load`** (`bare/?journeys=1&hidden=1`): that page with its canvas hidden',
		"  until the map's `load`, as Echelon hides its own under the loading overlay, so that the browser",
		'  composites none of the first frames. Not a target: Echelon over this page is what is left of the',
		"  app's own share once both pages skip that work.",
		'',
		'| page | median | p95 | mean | min | max | visits |',
		'| --- | --- | --- | --- | --- | --- | --- |',
		...(
			[
				['Echelon', l.echelonMs],
				['bare MapLibre, basemap', l.bareMs],
				['bare MapLibre, same picture', l.bareJourneysMs],
				['bare MapLibre, same picture, hidden until `load`', l.bareHiddenMs]
			] as const
		).map(
			([label, s]) =>
				`| ${label} | ${ms(s.median)} | ${ms(s.p95)} | ${ms(s.mean)} | ${ms(s.min)} | ${ms(s.max)} | ${s.n} |`
		),
		'',
		`Ratio of medians: **${l.ratio.toFixed(2)}** over the basemap alone, **${l.ratioSamePicture.toFixed(2)}** over the same picture (target ≤ ${TARGET.loadRatio}); ${l.ratioHidden.toFixed(2)} over the same picture hidden until \`load\`.`,
		'',
		...repeats,
		'Where the time went, milestone by milestone (median of the same visits, ms from navigation start):',
		'',
		'| milestone | Echelon | bare, basemap | bare, same picture | same, hidden until `load` |',
		'| --- | --- | --- | --- | --- |',
		...l.milestones.map((m) =>
			[m.echelonMs, m.bareMs, m.bareJourneysMs, m.bareHiddenMs].reduce(
				(row, v) => `${row} ${Number.isNaN(v) ? '–' : ms(v)} |`,
				`| ${m.label} |`
			)
		),
		''
	];
}

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

/** What the traces showed and what was done about it (issue 17); the figures above are this run's. */
const TRACE_READING = [
	"MapLibre's own work (evaluating its chunk, the style, the first render on the main thread; parsing",
	'the basemap into tiles in its worker; SwiftShader drawing in the GPU process) is the bulk of the',
	'first view, on Echelon as on the bare page. What Echelon adds, read from these traces:',
	'',
	'- **A WebGL probe.** MapView created a canvas of its own to ask for WebGL before MapLibre did: a',
	'  second context, 100–140 ms of main thread in SwiftShader. Removed: MapLibre 6 throws',
	'  `GPUInitializationError` when it gets no WebGL2 context, and the page says so from that.',
	"- **Waiting for the page's scripts before asking for MapLibre.** MapLibre's chunk was requested only",
	"  when MapView's module ran, after the page's JavaScript had loaded; the head now asks for it",
	'  (`modulepreload`, src/hooks.server.ts), its workers start as soon as it is in (`prewarm`,',
	'  src/lib/map/load-map.ts), and the start-up JavaScript is one chunk instead of a dozen.',
	'- **The sources** (28 KB gzip of JSON) were fetched while the map loaded; they now wait for the',
	'  first idle (src/lib/data/first-drawn.ts).',
	'- **Hydration of the side panel.** The itinerary (src/lib/ui/Itinerary.svelte, every stop of the',
	"  train) was the largest piece of the page's own JavaScript at start-up (32 ms in one trace) and",
	'  ran before the map could be created. It now loads with the rest of the side panel once the first',
	"  view is drawn (src/lib/ui/later.ts), like the legend's key, the timeline's bands and the bar's",
	"  tools; what is left of the page's own code at start-up is decoding the packed legs",
	"  (packed-lines.ts) and the train's playback index (journey-index.ts), about 15 ms.",
	"- **The service worker** was registered at the window's `load`, before the map's first idle, and",
	'  its install precached the whole site (megabytes) while MapLibre loaded. It is registered once the',
	'  first view is drawn (src/lib/data/offline.ts).',
	'- **The journey layers, and what the first idle measured** (session 6). Until 2026-12-05 the',
	"  routes, stops and labels were added in MapLibre's `load` handler, and MapView counted the map's",
	'  first `idle` event as the first view drawn; but MapLibre fires that `idle` in the same frame as',
	'  `load`, before the journeys were on the map, so the bench timed the basemap alone (checked in',
	'  the browser: at that moment the journey layers were missing, or present with their tiles not',
	'  loaded). Every load ratio reported before then (1.07-1.51) measured that. Now the first view is',
	'  the first `idle` after the journey layers are on the map (MapView.svelte), and they are added as',
	'  soon as MapLibre has read its style, so that its worker cuts them with the basemap rather than',
	'  in a second round after `load`: in an interleaved A/B, 1,197 ms against 1,271 ms for adding them',
	"  at `load`. The journeys cost the first view about 300 ms over the basemap's (a build without",
	'  the stop labels: 127 ms sooner; labels are drawn from local fonts on the main thread (TinySDF),',
	'  placed in the worker and fade in), and it is this that keeps the ratio over the basemap alone',
	'  far over the target (see "The same picture, without the app" below).',
	'- **The inlined journeys** were written into the start-up script (a 360 KB JavaScript expression',
	'  the HTML parser compiles before it goes on). They are now fetched by the universal load while',
	'  the page is prerendered, which SvelteKit writes into the HTML as JSON text; in A/B runs the',
	'  DOMContentLoaded came 50-200 ms sooner and the first idle 60-80 ms sooner.',
	"- **The map's creation queued behind hydration** (session 6, 2026-12-05). MapView created the map",
	"  in its onMount, after the page had hydrated: on a quiet machine MapLibre's code was in at about",
	'  300 ms and the map created at about 540 ms, against 300 and 355 ms on the bare page, and from',
	"  there the two pages took about as long (MapLibre's worker cutting the basemap into tiles, about",
	'  400 ms, is the longest part of either first view: a build without the basemap reached its first',
	'  idle 210 ms sooner). Now src/lib/map/load-map.ts creates the map as soon as MapLibre and the',
	'  basemap are in, on the container the server rendered, before hydration when they come first.',
	'  Holding hydration until MapLibre had read its style (the universal load waiting for it) gained',
	'  30 ms more in an A/B (1,239 against 1,269 ms), within the noise, and made the page answer',
	'  clicks about 150 ms later: an e2e test clicked Distances before hydration and lost the click.',
	'  Not kept.',
	'- **Intl in the first view.** The first `Intl.NumberFormat` a page makes loads the locale data: 24',
	'  ms of main thread in headless Chromium, at module evaluation, before the map could be created.',
	"  src/lib/format/numbers.ts writes numbers as `Intl.NumberFormat('en-GB')` does without it.",
	"- **Stylesheets the page waited for.** Ten stylesheet links, MapLibre's 72 KB among them, held",
	"  back the first paint and the page's start-up script (a script waits for the stylesheets before",
	"  it). The first view's CSS is now in the HTML (`inlineStyleThreshold`), MapLibre's trimmed to the",
	'  parts the map uses (scripts/lib/trim-maplibre-css.ts: 9.6 KB).',
	'- **The page painted while the map was being made.** A build with every part of the page but the',
	'  map hidden (visibility) reached its first idle about 75 ms sooner in an interleaved A/B: in',
	"  SwiftShader the GPU process rasters and swaps the page's first frames (50-90 ms a swap), and",
	"  MapLibre's WebGL context and first draws wait for it (`_setupPainter` 46-107 ms in traces, 11 ms",
	'  on the bare page). Hiding any one part (side panel, bars, overlays) made no measurable',
	'  difference; this cost stays, as the page must be drawn.',
	"- **Frames composited under the loading overlay** (session 8, 2026-12-06). Until the map's `load`,",
	'  an opaque "Loading the map…" overlay covers it, yet each frame MapLibre drew beneath it (about ten,',
	'  one per batch of tiles from its worker) still had the browser composite and swap the whole',
	'  window: in a trace with the GPU categories, 15-22 swaps of 10-150 ms each before the first idle,',
	"  over 900 ms of the GPU process in all, on two cores shared with the page and MapLibre's worker.",
	"  The map's canvas is now hidden (`visibility`) while the overlay is up (MapView.svelte), so none of",
	'  those frames reaches the screen and nothing the reader sees changes. Interleaved A/B of 21 visits',
	'  each: first idle 1,002 against 1,254 ms; the bare page drawing the same picture took 1,017 ms in',
	'  the same run. The bare pages show their frames as MapLibre draws them, as MapLibre does by',
	'  default, and pay for them; so the bench now also times the same-picture page with its canvas',
	'  hidden until `load` (`bare/?journeys=1&hidden=1`). Echelon over that page is what is left of the',
	"  app's own share (1.18 in a first A/B, 1,000 against 850 ms): see the milestone table.",
	'- **The same picture, without the app** (session 7). The bare page drew the basemap alone, while',
	"  Echelon's first view draws the train's legs, stops and labels too, and MapLibre itself takes",
	'  200-290 ms longer to draw those (compiling their shaders, rasterising the label glyphs, cutting',
	'  and placing them in its worker): the bare page drawing them reaches its first idle at 1.25-1.35',
	'  times the basemap-only one (tables above). So the bench now also times `bare/?journeys=1`:',
	"  MapLibre alone drawing the same journey with the app's own layer specifications, from a GeoJSON",
	"  file built by the app's own feature functions. Echelon over that page is the app's own share.",
	'  Milestone by milestone, about half of that share (100 ms) comes before the map is created (the',
	"  page's start-up code, and the WebGL context waiting on the GPU process, busy with the page's",
	"  first frames); the rest (70-90 ms) after, where hydration, the page's own frames and its",
	"  controls share the two cores with MapLibre's main thread, its worker and the GPU process.",
	'- **The journey sources set twice** (session 7). RouteLayer and StopsLayer added their sources',
	"  empty and set their data a moment later, so MapLibre's worker cut them twice. They are now added",
	'  with their data: first idle 1,231 against 1,260 ms in an A/B of 15 visits each.',
	'- **Tried and not kept** (interleaved A/B runs of 11-21 visits each): MapLibre started from an',
	'  async module script in the head (src/lib/map/early-map.ts as its own chunk, layer-styles.ts split',
	'  out so that it imported nothing of the start-up chunk): the page then hydrated first and the map',
	'  was created about 40 ms later; two MapLibre workers instead of one (`setWorkerCount(2)`): 50 ms',
	"  later; `preserveDrawingBuffer: false`: within the noise (20 ms); MapLibre's WebGL probe removed",
	'  earlier (above) was the larger cost. Creating the map before hydration without holding hydration',
	'  back (an earlier session) lost the gain: hydration took the main thread first. Session 7: load-map.ts',
	"  imported from `src/hooks.client.ts`, so that it runs with SvelteKit's client entry before the page's",
	'  modules: in two A/Bs the first idle came 19 and 80 ms later (1,246 against 1,227 ms; 1,337',
	"  against 1,257 ms); the map's controls added in an idle callback instead of at `load`: within the noise.",
	'  Session 8: the inlined journeys without their reading text (summaries, notes, reasoning: 457 KB',
	'  of JSON in the HTML down to 304 KB): MapLibre was in 20-45 ms sooner but the first idle came 48',
	'  and 53 ms later in two A/Bs; a WebGL context made in the head, to start the GPU process early: the',
	'  parser waited 70 ms for it and the first idle came 28 ms later.',
	'- **What is left** (over the page hidden the same way): the map created about 100 ms after the bare',
	"  one (MapLibre's WebGL context waits on the GPU process, busy with the page's first frames, and the",
	"  page's start-up code runs before MapLibre's), and about 50 ms after; and noise: the machine has",
	"  two cores for the page, MapLibre's worker and",
	'  the GPU process together, and in a fresh headless Chromium a WebUI renderer (the omnibox popup)',
	'  also loads during the first seconds, so run-to-run noise is 20-40 ms on a median.'
];

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
