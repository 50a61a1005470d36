// `npm run bench`: measures the journey core (Node), builds the app and checks its size budgets, then
// measures load time and frame times in headless Chromium against `npm run build` + `npm run preview`,
// prints the figures and writes docs/performance.md. Not part of `npm test` (it takes minutes).
//   --core-only   Node benchmarks (and the budgets of an existing build); prints, writes nothing.
//   --no-build    use the existing build/ (and its manifest) instead of running npm run build
//   --runs N      load-time visits per page (default 7)
import { spawnSync } from 'node:child_process';
import { existsSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright';
import { format, resolveConfig } from 'prettier';
import { chromiumLaunchOptions } from '../../chromium.config.ts';
import { checkBudgets, formatBudgetRow, type BudgetReport } from '../lib/budgets';
import { measureFrameTimes, measureLoadTimes } from './browser';
import { fmtMs, runCoreBench } from './core';
import { runImportBench } from './import';
import { machine } from './machine';
import { renderReport, targetChecks, type BenchResults } from './report';
import { startServer, type Server } from './servers';

const root = fileURLToPath(new URL('../..', import.meta.url));
const args = process.argv.slice(2);
const coreOnly = args.includes('--core-only');
const noBuild = args.includes('--no-build');
const runsArg = args.indexOf('--runs');
const runs = runsArg >= 0 ? Number(args[runsArg + 1]) || 7 : 7;
const APP_PORT = 4310;
const FIXTURE_PORT = 4311;
const log = (line: string) => console.log(line);

function run(command: string, commandArgs: string[]) {
	log(`$ ${command} ${commandArgs.join(' ')}`);
	const result = spawnSync(command, commandArgs, { cwd: root, encoding: 'utf8' });
	if (result.status !== 0) {
		console.error(result.stdout, result.stderr);
		throw new Error(`${command} ${commandArgs.join(' ')} failed (exit ${result.status})`);
	}
}

const core = await runCoreBench(log);
for (const f of core.figures) log(`  ${f.label}: mean ${fmtMs(f.meanMs)}, p99 ${fmtMs(f.p99Ms)}`);
log(
	`  lookup vs turf.along: ${Math.round(core.ratios.lookupVsAlong10k)}× at 10k, ${Math.round(core.ratios.lookupVsAlong1M)}× at 1M`
);

await runImportBench(log);

let budgets: BudgetReport | undefined;
if (!coreOnly && !noBuild) run('npm', ['run', 'build']);
if (existsSync(`${root}build/index.html`)) {
	budgets = checkBudgets(root);
	for (const row of budgets.rows) log(`  ${formatBudgetRow(row)}`);
}

if (coreOnly || !budgets) {
	if (!budgets) log('(no build: run npm run build for the budgets)');
	process.exit(0);
}

run('npx', ['vite', 'build', '-c', 'tests/perf/vite.config.ts', '--logLevel', 'warn']);
const servers: Server[] = [];
const browser = await chromium.launch(chromiumLaunchOptions);
const results: BenchResults = {
	date: new Date().toISOString().slice(0, 16).replace('T', ' ') + ' UTC',
	machine: machine(browser.version()),
	core,
	budgets
};
try {
	// Two previews of one project side by side, on the bench's own ports. (vite 8.4's single-preview
	// lock and its --bypass-lock flag do not exist in the pinned 8.3.8, which rejects the flag.)
	servers.push(await startServer('npm', ['run', 'preview', '--'], APP_PORT));
	servers.push(
		await startServer('npx', ['vite', 'preview', '-c', 'tests/perf/vite.config.ts'], FIXTURE_PORT)
	);
	const [app, fixture] = servers as [Server, Server];
	results.load = await measureLoadTimes(browser, app.url, fixture.url, runs, log);
	log(
		`  load time: Echelon ${results.load.echelonMs.median.toFixed(0)} ms, bare ${results.load.bareMs.median.toFixed(0)} ms (medians), ratio ${results.load.ratio.toFixed(2)}`
	);
	results.frames = await measureFrameTimes(
		browser,
		app.url,
		fixture.url,
		{ seconds: 6, rounds: 2, trips: 100, verticesPerTrip: 10_000 },
		log
	);
	const f = results.frames;
	log(
		`  frames while moving (median): flagship ${f.mapFlagship.median.toFixed(1)} ms, synthetic ${f.mapSynthetic.median.toFixed(1)} ms (${f.ratio.toFixed(2)}×)`
	);
	log(
		`  core per frame in Chromium: flagship ${fmtMs(f.coreFrameMs.flagship)}, synthetic ${fmtMs(f.coreFrameMs.synthetic)}`
	);
} finally {
	await browser.close();
	for (const s of servers) s.stop();
}

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
