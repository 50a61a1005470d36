// Where the 1M-point journey's time goes (a working tool, not part of `npm run bench`): imports the
// bench's GPX log through the file chooser on the built app (`npm run preview` on PORT), then traces
// `--phase play` (8 s of playback) or `--phase import` (the import), and prints main-thread work by
// kind, the busiest functions (self time, sampled, through the build's hidden source maps) and the
// other threads' busy time.
//   tsx scripts/bench/big-trace.ts [--port 4314] [--phase play|import] [--points N]
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Page } from 'playwright';
import { chromiumLaunchOptions } from '../../chromium.config.ts';
import { bigTrackGpx } from '../../src/lib/import/fixtures/big-files';
import { idleAt } from '../lib/first-view';
import { context, frameIntervals, stats } from './browser';
import { startServer } from './servers';
import { add, mainKinds, profileSamples, sorted, type TraceEvent } from './trace-parse';
import { ScriptMapper } from './trace-owners';
import { existsSync, readFileSync } from 'node:fs';
import { SourceMapConsumer, type RawSourceMap } from 'source-map-js';

const root = fileURLToPath(new URL('../..', import.meta.url));
const arg = (name: string, fallback: string) => {
	const at = process.argv.indexOf(`--${name}`);
	return at >= 0 ? (process.argv[at + 1] ?? fallback) : fallback;
};
const port = Number(arg('port', '4314'));
const phase = arg('phase', 'play');
const points = Number(arg('points', '1000000'));
const CATEGORIES = [
	'devtools.timeline',
	'disabled-by-default-devtools.timeline',
	'v8.execute',
	'v8',
	'toplevel',
	'gpu',
	'disabled-by-default-v8.cpu_profiler'
];

const dir = mkdtempSync(join(tmpdir(), 'echelon-trace-'));
const file = join(dir, 'track.gpx');
writeFileSync(file, bigTrackGpx(points));
const server = await startServer('npm', ['run', 'preview', '--'], port);
const browser = await chromium.launch(chromiumLaunchOptions);

async function importFile(page: Page) {
	const journeys = page.getByRole('button', { name: /^Your journeys/ });
	const menu = page.getByRole('button', { name: 'Menu', exact: true });
	await journeys.or(menu).first().waitFor();
	if (!(await journeys.isVisible())) await menu.click();
	await journeys.click();
	const t0 = Date.now();
	await page.getByTestId('import-panel').getByLabel('Import a file…').setInputFiles(file);
	await page
		.getByTestId('import-status')
		.filter({ hasText: /^Imported / })
		.waitFor({ state: 'attached', timeout: 600_000 });
	console.log(`imported in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
}

function summarize(events: TraceEvent[], url: string) {
	const names = new Map<string, string>();
	for (const e of events)
		if (e.ph === 'M' && e.name === 'thread_name')
			names.set(`${e.pid}:${e.tid}`, String(e.args?.name ?? ''));
	const main = [...names]
		.find(([, n]) => n === 'CrRendererMain')?.[0]
		.split(':')
		.map(Number);
	if (!main) throw new Error('no renderer main thread');
	const [pid, tid] = main as [number, number];
	const spans = events.filter((e) => e.ph === 'X');
	const from = Math.min(...spans.map((e) => e.ts));
	const to = Math.max(...spans.map((e) => e.ts + (e.dur ?? 0)));
	console.log(`window ${((to - from) / 1000).toFixed(0)} ms`);
	console.log('main thread by kind:');
	for (const s of sorted(
		mainKinds(
			events.filter((e) => e.pid === pid && e.tid === tid),
			from,
			to
		)
	))
		console.log(`  ${s.ms.toFixed(0).padStart(7)} ms  ${s.label}`);
	const mapper = new ScriptMapper(`${root}build`, url);
	for (const [label, [p, t]] of threadsWithProfiles(events, names)) {
		const { nodes, samples } = profileSamples(events, p, t);
		const fns = new Map<string, number>();
		for (const s of samples) {
			const n = nodes.get(s.node);
			if (!n || n.fn === '(idle)') continue;
			add(fns, where(mapper, n), s.us);
		}
		console.log(`${label}: top self time`);
		for (const s of sorted(fns).slice(0, 25))
			console.log(`  ${s.ms.toFixed(0).padStart(7)} ms  ${s.label}`);
	}
	const threads = new Map<string, number>();
	for (const e of spans) {
		if (!/^(RunTask|ThreadControllerImpl::RunTask)$/.test(e.name)) continue;
		add(
			threads,
			`${e.pid === pid ? 'renderer' : e.pid}: ${names.get(`${e.pid}:${e.tid}`)}`,
			e.dur ?? 0
		);
	}
	console.log('threads busy:');
	for (const s of sorted(threads).slice(0, 12))
		console.log(`  ${s.ms.toFixed(0).padStart(7)} ms  ${s.label}`);
	const long = spans
		.filter((e) => e.pid === pid && e.tid === tid && (e.dur ?? 0) > 200_000 && e.name === 'RunTask')
		.map((e) => ((e.dur ?? 0) / 1000).toFixed(0));
	console.log(`main-thread tasks > 200 ms: ${long.join(', ')}`);
	const { nodes, samples } = profileSamples(events, pid, tid);
	for (const task of spans.filter(
		(e) => e.pid === pid && e.tid === tid && (e.dur ?? 0) > 200_000 && e.name === 'RunTask'
	)) {
		const fns = new Map<string, number>();
		for (const s of samples) {
			if (s.ts < task.ts || s.ts > task.ts + (task.dur ?? 0)) continue;
			// Self time with its two callers, to see who asked.
			const n = nodes.get(s.node);
			if (!n) continue;
			const up1 = n.parent !== undefined ? nodes.get(n.parent) : undefined;
			const up2 = up1?.parent !== undefined ? nodes.get(up1.parent) : undefined;
			const chain = [n, up1, up2].filter((x) => x !== undefined).map((x) => where(mapper, x));
			add(fns, chain.join(' < '), s.us);
		}
		console.log(
			`task of ${((task.dur ?? 0) / 1000).toFixed(0)} ms at ${((task.ts - from) / 1000).toFixed(0)} ms:`
		);
		for (const s of sorted(fns).slice(0, 10))
			console.log(`  ${s.ms.toFixed(0).padStart(7)} ms  ${s.label}`);
	}
}

const dists = new Map<string, SourceMapConsumer>();
const builds = new Map<string, SourceMapConsumer | null>();
function position(url: string, line: number, column: number) {
	if (!/\.m?js$/.test(url)) return null;
	const file = join(`${root}build`, new URL(url).pathname);
	let m = builds.get(file);
	if (m === undefined) {
		m = existsSync(`${file}.map`)
			? new SourceMapConsumer(JSON.parse(readFileSync(`${file}.map`, 'utf8')) as RawSourceMap)
			: null;
		builds.set(file, m);
	}
	const o = m?.originalPositionFor({ line: line + 1, column });
	return o?.source ? { source: o.source, line: o.line, column: o.column } : null;
}

function dist(name: string): SourceMapConsumer {
	let m = dists.get(name);
	if (!m) {
		const raw = readFileSync(`${root}node_modules/maplibre-gl/dist/${name}.map`, 'utf8');
		m = new SourceMapConsumer(JSON.parse(raw) as RawSourceMap);
		dists.set(name, m);
	}
	return m;
}

/** A sampled function's name and source, through MapLibre's own source maps where it is MapLibre. */
function where(
	mapper: ScriptMapper,
	n: { url: string; line: number; column: number; fn: string }
): string {
	if (!n.url) return n.fn;
	if (/maplibre-gl-worker\.[\w-]+\.mjs$/.test(n.url)) {
		const o = dist('maplibre-gl-worker.mjs').originalPositionFor({
			line: n.line + 1,
			column: n.column
		});
		return `${o.name ?? n.fn} ${o.source?.split('/').slice(-2).join('/')}:${o.line}`;
	}
	const pos = position(n.url, n.line, n.column);
	if (pos?.source.endsWith('maplibre-gl/dist/maplibre-gl.mjs')) {
		const o = dist('maplibre-gl.mjs').originalPositionFor({ line: pos.line, column: pos.column });
		return `${o.name ?? n.fn} ${o.source?.split('/').slice(-2).join('/')}:${o.line}`;
	}
	return `${n.fn || '(anon)'} ${pos ? `${pos.source.split('/').slice(-2).join('/')}:${pos.line}` : n.url.split('/').pop()}`;
}

function threadsWithProfiles(events: TraceEvent[], names: Map<string, string>) {
	const out: [string, [number, number]][] = [];
	for (const e of events) {
		if (e.name !== 'Profile') continue;
		out.push([names.get(`${e.pid}:${e.tid}`) ?? `${e.pid}:${e.tid}`, [e.pid, e.tid]]);
	}
	return out;
}

async function main() {
	try {
		const ctx = await context(browser);
		const page = await ctx.newPage();
		await page.goto(`${server.url}/`);
		await idleAt(page, 300_000);
		let trace: Buffer;
		if (phase === 'renders') {
			// How often the map redraws while each plays: its render events against animation frames.
			for (const what of ['train', '1M']) {
				if (what === '1M') {
					await importFile(page);
					await idleAt(page, 300_000);
				}
				await page.evaluate(() => {
					const w = window as unknown as {
						__renders: number;
						__echelonMap: { on(e: string, f: () => void): void };
					};
					w.__renders = 0;
					w.__echelonMap.on('render', () => w.__renders++);
				});
				await page.getByRole('button', { name: 'Play' }).click();
				const frames = await frameIntervals(page, 8000);
				const renders = await page.evaluate(
					() => (window as unknown as { __renders: number }).__renders
				);
				await page.getByRole('button', { name: 'Pause' }).click();
				const s = stats(frames);
				console.log(
					`${what}: ${frames.length} frames, median ${s.median.toFixed(1)} ms, ${renders} map renders`
				);
			}
			await ctx.close();
			return;
		}
		if (phase === 'import') {
			await browser.startTracing(page, { categories: CATEGORIES });
			await importFile(page);
			trace = await browser.stopTracing();
		} else {
			await importFile(page);
			await idleAt(page, 300_000);
			await browser.startTracing(page, { categories: CATEGORIES });
			await page.getByRole('button', { name: 'Play' }).click();
			const frames = stats(await frameIntervals(page, 8000));
			trace = await browser.stopTracing();
			console.log(
				`frames: median ${frames.median.toFixed(1)} p95 ${frames.p95.toFixed(1)} max ${frames.max.toFixed(1)} n ${frames.n}`
			);
		}
		await ctx.close();
		summarize(JSON.parse(trace.toString('utf8')).traceEvents as TraceEvent[], server.url);
	} finally {
		await browser.close();
		server.stop();
		rmSync(dir, { recursive: true, force: true });
	}
}
await main();
