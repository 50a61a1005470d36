// `npm run bench`: measures the journey core (Node), builds the app, then in headless Chromium against
// `npm run build` + `npm run preview`: the first view's size budgets as fetched, a performance trace of
// the first view, load time against bare MapLibre, and frame times while playing; prints the figures
// and writes docs/performance.md. Not part of `npm test` (it takes minutes).
//   --core-only   Node benchmarks only; prints, writes nothing.
//   --load-only   the load-time comparison only (and the budgets); prints, writes nothing.
//   --playback-only  the playback frame times only; prints, writes nothing.
//   --trace-only  one traced first view (where its time goes); prints, writes nothing. With --bare,
//                 the bare-MapLibre fixture's instead (the basemap alone; with --journeys too, the
//                 same picture as the app's first view).
//   --no-build    use the existing build/ (and its manifest) instead of running npm run build
//   --runs N      load-time visits per page (default 9)
//   --load-repeats K  how many load-time comparisons a full run makes and reports (default 3)
//   BENCH_PORT=N  serve on N and N + 1 instead of 4310 and 4311
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright';
import { format, resolveConfig } from 'prettier';
import { chromiumLaunchOptions } from '../../chromium.config.ts';
import { checkBudgets, formatBudgetRow } from '../lib/budgets';
import { measureFirstView } from '../lib/first-view';
import { measureBigJourney } from './big-journey';
import { measureFrameTimes } from './browser';
import { readAppView, bareQuery } from './app-view';
import { measureLoadTimes, type LoadTimes } from './load';
import { fmtMs, runCoreBench, type CoreResults } from './core';
import { runImportBench } from './import';
import { loadAverage, machine } from './machine';
import { measurePlayback } from './playback';
import { renderReport, targetChecks, type BenchResults } from './report';
import { startServer, type Server } from './servers';
import { traceFirstView } from './trace';

const root = fileURLToPath(new URL('../..', import.meta.url));
const args = process.argv.slice(2);
const coreOnly = args.includes('--core-only');
const loadOnly = args.includes('--load-only');
const playbackOnly = args.includes('--playback-only');
const noBuild = args.includes('--no-build');
const bigOnly = args.includes('--big-only');
const traceOnly = args.includes('--trace-only');
const runsArg = args.indexOf('--runs');
const runs = runsArg >= 0 ? Number(args[runsArg + 1]) || 9 : 9;
const repeatsArg = args.indexOf('--load-repeats');
const loadRepeats = repeatsArg >= 0 ? Number(args[repeatsArg + 1]) || 3 : loadOnly ? 1 : 3;
// BENCH_PORT: another port pair (app, app + 1) when someone else's bench holds 4310/4311.
const APP_PORT = Number(process.env.BENCH_PORT) || 4310;
const FIXTURE_PORT = APP_PORT + 1;
const log = (line: string) => console.log(line);

function run(command: string, commandArgs: string[], env: Record<string, string> = {}) {
	log(`$ ${command} ${commandArgs.join(' ')}`);
	const result = spawnSync(command, commandArgs, {
		cwd: root,
		encoding: 'utf8',
		env: { ...process.env, ...env }
	});
	if (result.status !== 0) {
		console.error(result.stdout, result.stderr);
		throw new Error(`${command} ${commandArgs.join(' ')} failed (exit ${result.status})`);
	}
}

let core: CoreResults | undefined;
if (!loadOnly && !playbackOnly && !bigOnly && !traceOnly) {
	core = await runCoreBench(log);
	for (const f of core.figures) log(`  ${f.label}: mean ${fmtMs(f.meanMs)}, p99 ${fmtMs(f.p99Ms)}`);
	log(
		`  lookup vs turf.along: ${Math.round(core.ratios.lookupVsAlong10k)}× at 10k, ${Math.round(core.ratios.lookupVsAlong1M)}× at 1M`
	);
	await runImportBench(log);
}
if (coreOnly) process.exit(0);

// Hidden source maps (not referenced by the files, never fetched) name the modules in the trace.
if (!noBuild) run('npm', ['run', 'build'], { ECHELON_SOURCEMAP: 'hidden' });
run('npx', ['vite', 'build', '-c', 'tests/perf/vite.config.ts', '--logLevel', 'warn']);
async function traceAndLog(app: Server, url = `${app.url}/`) {
	const trace = await traceFirstView(browser, url, `${root}build`);
	log(`  trace: first idle at ${trace.idleMs.toFixed(0)} ms`);
	for (const s of trace.script) log(`    ${s.ms.toFixed(0).padStart(6)} ms  ${s.label}`);
	return trace;
}
/** Budgets, load times and, unless --load-only, the trace and frame times: `app` against the fixtures. */
async function measureAll(app: Server, fixture: Server): Promise<BenchResults | undefined> {
	const loadAtStart = loadAverage();
	const budgets = checkBudgets(root, await measureFirstView(browser, `${app.url}/`));
	for (const row of budgets.rows) log(`  ${formatBudgetRow(row)}`);
	const loads: LoadTimes[] = [];
	const loadRuns: NonNullable<BenchResults['loadRuns']> = [];
	for (let k = 0; k < loadRepeats; k++) {
		const loadAverageAtStart = loadAverage();
		const l = await measureLoadTimes(browser, app.url, fixture.url, runs, log);
		log(
			`  load time: Echelon ${l.echelonMs.median.toFixed(0)} ms, bare ${l.bareMs.median.toFixed(0)} ms, bare with the journey ${l.bareJourneysMs.median.toFixed(0)} ms, the same hidden until load ${l.bareHiddenMs.median.toFixed(0)} ms (medians), ratios ${l.ratio.toFixed(2)}, ${l.ratioSamePicture.toFixed(2)} and ${l.ratioHidden.toFixed(2)}`
		);
		for (const m of l.milestones) {
			log(
				`    ${m.label}: Echelon ${m.echelonMs.toFixed(0)} ms, bare ${m.bareMs.toFixed(0)} ms, bare with the journey ${m.bareJourneysMs.toFixed(0)} ms, hidden until load ${m.bareHiddenMs.toFixed(0)} ms`
			);
		}
		loads.push(l);
		loadRuns.push({
			ratio: l.ratio,
			ratioSamePicture: l.ratioSamePicture,
			echelonMs: l.echelonMs.median,
			bareMs: l.bareMs.median,
			bareJourneysMs: l.bareJourneysMs.median,
			bareHiddenMs: l.bareHiddenMs.median,
			ratioHidden: l.ratioHidden,
			loadAverage: loadAverageAtStart
		});
	}
	const load = loads[0] as LoadTimes;
	if (!loadOnly && core) {
		const trace = await traceAndLog(app);
		const frames = await measureFrameTimes(
			browser,
			app.url,
			fixture.url,
			{ seconds: 6, rounds: 2, trips: 100, verticesPerTrip: 10_000 },
			log
		);
		log(
			`  frames while moving (median): flagship ${frames.mapFlagship.median.toFixed(1)} ms, synthetic ${frames.mapSynthetic.median.toFixed(1)} ms (${frames.ratio.toFixed(2)}×)`
		);
		const playback = await measurePlayback(browser, app.url, fixture.url, load.appView, log);
		const bigJourney = await measureBigJourney(browser, app.url, log);
		return {
			date,
			machine: { ...machine(browser.version()), load: { start: loadAtStart, end: loadAverage() } },
			core,
			budgets,
			load,
			loadRuns,
			trace,
			frames,
			playback,
			bigJourney
		};
	}
	return undefined;
}

const servers: Server[] = [];
const browser = await chromium.launch(chromiumLaunchOptions);
const date = new Date().toISOString().slice(0, 16).replace('T', ' ') + ' UTC';
let results: BenchResults | undefined;
try {
	// Two previews of one project side by side, on the bench's own ports. (vite 8.4's single-preview
	// lock and its --bypass-lock flag do not exist in the pinned 8.3.8, which rejects the flag.)
	servers.push(await startServer('npm', ['run', 'preview', '--'], APP_PORT));
	servers.push(
		await startServer('npx', ['vite', 'preview', '-c', 'tests/perf/vite.config.ts'], FIXTURE_PORT)
	);
	const [app, fixture] = servers as [Server, Server];
	log(`  load average (1 min): ${loadAverage().toFixed(2)}`);
	// --big-only: the 1M-point journey alone; the servers and browser still close below.
	if (bigOnly) await measureBigJourney(browser, app.url, log);
	else if (traceOnly && args.includes('--bare')) {
		const view = await readAppView(browser, app.url);
		const journeys = args.includes('--journeys') ? '&journeys=1' : '';
		await traceAndLog(fixture, `${fixture.url}/bare/?${bareQuery(view)}${journeys}`);
	} else if (traceOnly) {
		// One visit first, as in the full bench, so the GPU process is up and its shaders compiled.
		await readAppView(browser, app.url);
		await traceAndLog(app);
	} else if (playbackOnly) {
		await measurePlayback(browser, app.url, fixture.url, await readAppView(browser, app.url), log);
	} else {
		results = await measureAll(app, fixture);
	}
	log(`  load average (1 min): ${loadAverage().toFixed(2)}`);
} finally {
	await browser.close();
	for (const s of servers) s.stop();
}

if (!results) process.exit(0);
// Formatted as `npm run lint` expects (tables aligned).
const docPath = `${root}docs/performance.md`;
const prettierOptions = (await resolveConfig(docPath)) ?? {};
writeFileSync(
	docPath,
	await format(renderReport(results), { ...prettierOptions, filepath: docPath })
);
log('\nTargets:');
for (const c of targetChecks(results)) {
	log(`  ${c.met === null ? '-  ' : c.met ? 'met' : 'MISSED'}  ${c.target}: ${c.measured}`);
}
log('\nwrote docs/performance.md');
