import { describe, expect, it } from 'vitest';
import { mainKinds, type TraceEvent } from '../../scripts/bench/trace-parse';
import { ownerOf } from '../../scripts/bench/trace-owners';

const span = (name: string, ts: number, dur: number): TraceEvent => ({
	name,
	cat: 'devtools.timeline',
	ph: 'X',
	ts,
	dur,
	pid: 1,
	tid: 1
});

describe('mainKinds', () => {
	it('counts self time: nested events are taken out of their parents, unknown ones join them', () => {
		const kinds = mainKinds(
			[
				span('RunTask', 0, 1000),
				span('EvaluateScript', 100, 600),
				span('v8.compile', 150, 100),
				span('MinorGC', 300, 50),
				span('SomeV8Detail', 400, 100),
				span('Layout', 800, 100)
			],
			0,
			10_000
		);
		expect(Object.fromEntries(kinds)).toEqual({
			'other (tasks, loading)': 300,
			'script run': 450,
			'script compile': 100,
			'garbage collection': 50,
			'style and layout': 100
		});
	});

	it('cuts events at the end of the window and leaves out those after it', () => {
		const kinds = mainKinds([span('FunctionCall', 0, 500), span('Layout', 600, 10)], 0, 200);
		expect(Object.fromEntries(kinds)).toEqual({ 'script run': 200 });
	});
});

describe('ownerOf', () => {
	const page = 'http://localhost:4310/';
	it('names the owner from the source module, and idle time as nothing', () => {
		const chunk = 'http://localhost:4310/_app/immutable/chunks/A.js';
		expect(ownerOf(chunk, 'f', 'node_modules/svelte/src/internal/client/runtime.js', page)).toMatch(
			/^Svelte runtime/
		);
		expect(ownerOf(chunk, 'f', 'node_modules/maplibre-gl/src/ui/map.ts', page)).toMatch(
			/^MapLibre/
		);
		expect(ownerOf(chunk, 'f', 'src/lib/data/packed-lines.ts', page)).toMatch(/^page data decode/);
		expect(ownerOf(chunk, 'f', 'src/lib/ui/Itinerary.svelte', page)).toMatch(/^UI components/);
		expect(ownerOf('', '(idle)', null, page)).toBeNull();
		expect(ownerOf('', '(garbage collector)', null, page)).toBe('garbage collection');
		expect(ownerOf(page, 'start', null, page)).toMatch(/inline script/);
	});
});
