// Reading a Chromium trace (JSON trace events): main-thread self time by kind of work, and the samples
// of V8's profiler. Used by trace.ts.

export interface Slice {
	label: string;
	ms: number;
}

export interface TraceEvent {
	name: string;
	cat: string;
	ph: string;
	ts: number;
	dur?: number;
	pid: number;
	tid: number;
	id?: string;
	args?: Record<string, unknown> & { name?: string; data?: Record<string, unknown> };
}

/** Trace event names → the kind of main-thread work they are. */
const KIND: [RegExp, string][] = [
	[/^ParseHTML$/, 'HTML parsing'],
	[
		/^(v8\.compile|v8\.compileModule|V8\.CompileCode|v8\.parseOnBackground|CompileScript)/,
		'script compile'
	],
	[/^(MinorGC|MajorGC|V8\.GC|BlinkGC|ThreadState)/, 'garbage collection'],
	[
		/^(UpdateLayoutTree|Layout|RecalculateStyles|ParseAuthorStyleSheet|ScheduleStyleRecalculation)$/,
		'style and layout'
	],
	[
		/^(Paint|PrePaint|Layerize|Commit|CompositeLayers|UpdateLayer|PaintImage|Decode)/,
		'paint and composite'
	],
	[
		/^(EvaluateScript|v8\.evaluateModule|FunctionCall|EventDispatch|TimerFire|FireAnimationFrame|RunMicrotasks|v8\.run|FireIdleCallback|XHRReadyStateChange)$/,
		'script run'
	]
];
const OTHER = 'other (tasks, loading)';
const kindOf = (name: string) => KIND.find(([re]) => re.test(name))?.[1];

const ms = (us: number) => us / 1000;
export const sorted = (m: Map<string, number>): Slice[] =>
	[...m].map(([label, us]) => ({ label, ms: ms(us) })).sort((a, b) => b.ms - a.ms);
export const add = (m: Map<string, number>, key: string, us: number) =>
	m.set(key, (m.get(key) ?? 0) + us);

/** Main-thread self time per kind in [from, to]: nested complete events, children subtracted. */
export function mainKinds(events: TraceEvent[], from: number, to: number): Map<string, number> {
	const spans = events
		.filter((e) => e.ph === 'X' && e.dur !== undefined && e.ts >= from && e.ts <= to)
		.sort((a, b) => a.ts - b.ts || (b.dur ?? 0) - (a.dur ?? 0));
	const out = new Map<string, number>();
	const stack: { end: number; kind: string; child: number }[] = [];
	const close = (until: number) => {
		while (stack.length && (stack.at(-1)?.end ?? 0) <= until) {
			const top = stack.pop();
			if (top) add(out, top.kind, Math.max(0, top.child));
		}
	};
	for (const e of spans) {
		close(e.ts);
		const dur = Math.min(e.dur ?? 0, to - e.ts);
		const parent = stack.at(-1);
		if (parent) parent.child -= dur;
		// An event of no known kind (a task, a V8 detail) is the work of the event it runs in.
		stack.push({ end: e.ts + dur, kind: kindOf(e.name) ?? parent?.kind ?? OTHER, child: dur });
	}
	close(Infinity);
	return out;
}

/** Samples of the V8 profile of thread `tid`, as [node, self µs, time] triples. */
export function profileSamples(events: TraceEvent[], pid: number, tid: number) {
	const nodes = new Map<
		number,
		{ url: string; line: number; column: number; fn: string; parent?: number }
	>();
	const samples: { node: number; us: number; ts: number }[] = [];
	const profile = events.find((e) => e.name === 'Profile' && e.pid === pid && e.tid === tid);
	if (!profile?.id) return { nodes, samples };
	let ts = Number((profile.args?.data as { startTime?: number } | undefined)?.startTime ?? 0);
	for (const e of events) {
		if (e.name !== 'ProfileChunk' || e.id !== profile.id || e.pid !== pid) continue;
		const data = e.args?.data as {
			cpuProfile?: {
				nodes?: {
					id: number;
					parent?: number;
					callFrame: {
						url?: string;
						lineNumber?: number;
						columnNumber?: number;
						functionName?: string;
					};
				}[];
				samples?: number[];
			};
			timeDeltas?: number[];
		};
		for (const n of data.cpuProfile?.nodes ?? []) {
			const f = n.callFrame;
			nodes.set(n.id, {
				url: f.url ?? '',
				line: f.lineNumber ?? 0,
				column: f.columnNumber ?? 0,
				fn: f.functionName ?? '',
				parent: n.parent
			});
		}
		const ids = data.cpuProfile?.samples ?? [];
		const deltas = data.timeDeltas ?? [];
		ids.forEach((id, i) => {
			ts += deltas[i] ?? 0;
			const next = deltas[i + 1] ?? 0;
			samples.push({ node: id, us: next, ts });
		});
	}
	return { nodes, samples };
}
