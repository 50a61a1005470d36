// Where the first view's time goes: a Chromium performance trace (Playwright's browser.startTracing)
// from navigation to the map's first idle, read into the page's main-thread work by kind (trace
// events, self time) and its JavaScript by owner (the V8 sampling profile in the trace, mapped through
// the build's hidden source maps to the modules that ran: Svelte, SvelteKit, MapLibre, the page's own
// code), plus the busy time of the other threads and the page's own milestones (User Timing marks).
import { writeFileSync } from 'node:fs';
import type { Browser } from 'playwright';
import { freshContext, idleAt } from '../lib/first-view';
import { ownerOf, ScriptMapper } from './trace-owners';
import { add, mainKinds, profileSamples, sorted, type Slice, type TraceEvent } from './trace-parse';

export type { Slice };

export interface TraceSummary {
	/** Navigation start → first idle, ms. */
	idleMs: number;
	/** Main-thread self time by kind of work, ms. */
	main: Slice[];
	/** JavaScript on the main thread by owner (sampled), ms. */
	script: Slice[];
	/** The busiest modules of the page's own code (sampled), ms. */
	ownModules: Slice[];
	/** Busy time of the other threads, ms. */
	threads: Slice[];
	/** The page's milestones: navigation timing and User Timing marks, ms from navigation start. */
	marks: Slice[];
}

const CATEGORIES = [
	'devtools.timeline',
	'disabled-by-default-devtools.timeline',
	'v8.execute',
	'v8',
	'blink.user_timing',
	'loading',
	'toplevel',
	'disabled-by-default-v8.cpu_profiler',
	...(process.env.BENCH_TRACE_GPU ? ['gpu', 'viz', 'cc', 'skia', 'gpu.service'] : [])
];

export async function traceFirstView(
	browser: Browser,
	url: string,
	buildDir: string,
	viewport = { width: 1000, height: 720 }
): Promise<TraceSummary> {
	const ctx = await freshContext(browser, viewport);
	let trace: Buffer;
	let marks: Slice[];
	let idleMs: number;
	try {
		const page = await ctx.newPage();
		await browser.startTracing(page, { categories: CATEGORIES });
		await page.goto(url);
		idleMs = await idleAt(page);
		trace = await browser.stopTracing();
		// BENCH_TRACE_OUT=file.json keeps the raw trace, to open in Chromium's performance panel.
		if (process.env.BENCH_TRACE_OUT) writeFileSync(process.env.BENCH_TRACE_OUT, trace);
		marks = await page.evaluate(() => {
			const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
			return [
				{ label: 'HTML received (responseEnd)', ms: nav.responseEnd },
				{ label: 'DOMContentLoaded', ms: nav.domContentLoadedEventStart },
				...performance
					.getEntriesByType('mark')
					.filter((m) => m.name.startsWith('echelon:'))
					.map((m) => ({ label: m.name, ms: m.startTime }))
			];
		});
	} finally {
		await ctx.close();
	}
	const events = (JSON.parse(trace.toString('utf8')) as { traceEvents: TraceEvent[] }).traceEvents;
	const threadNames = new Map<string, string>();
	for (const e of events) {
		if (e.ph === 'M' && e.name === 'thread_name')
			threadNames.set(`${e.pid}:${e.tid}`, String(e.args?.name ?? ''));
	}
	// The page's renderer: the main thread that parsed our HTML.
	const parse =
		events.find(
			(e) =>
				e.name === 'ParseHTML' &&
				String((e.args?.beginData as { url?: string })?.url ?? '').startsWith(url)
		) ?? events.find((e) => e.name === 'ParseHTML');
	if (!parse) throw new Error('the trace has no ParseHTML event: did the page load?');
	const { pid, tid } = parse;
	const nav = events
		.filter((e) => e.name === 'navigationStart' && e.pid === pid && e.ts <= parse.ts)
		.sort((a, b) => b.ts - a.ts)[0];
	const from = nav?.ts ?? parse.ts;
	const to = from + idleMs * 1000;

	const main = mainKinds(
		events.filter((e) => e.pid === pid && e.tid === tid),
		from,
		to
	);

	// JavaScript by owner, from the main thread's samples in the window.
	const mapper = new ScriptMapper(buildDir, url);
	const { nodes, samples } = profileSamples(events, pid, tid);
	const owners = new Map<string, number>();
	const own = new Map<string, number>();
	for (const s of samples) {
		if (s.ts < from || s.ts > to) continue;
		let node = nodes.get(s.node);
		// Built-in functions have no script: they count for the nearest caller that has one.
		for (let up = node; up && !up.url && up.parent !== undefined;) {
			up = nodes.get(up.parent);
			if (up?.url) node = { ...up, fn: node?.fn ?? '' };
		}
		if (!node) continue;
		const source = mapper.source(node.url, node.line, node.column);
		const owner = ownerOf(node.url, node.fn, source, url);
		if (owner === null) continue; // idle
		add(owners, owner, s.us);
		if (source?.startsWith('src/')) add(own, source, s.us);
	}

	// The other threads: busy time of their top-level tasks in the window.
	const threads = new Map<string, number>();
	for (const e of events) {
		if (e.ph !== 'X' || !/^(RunTask|ThreadControllerImpl::RunTask)$/.test(e.name)) continue;
		if (e.pid === pid && e.tid === tid) continue;
		if (e.ts < from || e.ts > to) continue;
		const name = threadNames.get(`${e.pid}:${e.tid}`) ?? 'unnamed';
		const label = /DedicatedWorker/.test(name)
			? "MapLibre's worker"
			: e.pid === pid
				? `renderer: ${name}`
				: `other process: ${name}`;
		add(threads, label, Math.min(e.dur ?? 0, to - e.ts));
	}

	return {
		idleMs,
		main: sorted(main),
		script: sorted(owners),
		ownModules: sorted(own).slice(0, 12),
		threads: sorted(threads).filter((t) => t.ms >= 5),
		marks: [...marks, { label: "map's first idle", ms: idleMs }].sort((a, b) => a.ms - b.ms)
	};
}
