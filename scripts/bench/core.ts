// The journey core's benchmarks (Node, tinybench): the per-frame lookup against Turf `along` on the same
// routes, the whole per-frame work at 1,000,000 vertices, and the one-off jobs on the flagship data
// (distances, routing the rail legs, validating geodata/). Run by scripts/bench/run.ts (`npm run bench`).
import { fileURLToPath } from 'node:url';
import { along, lineString } from '@turf/turf';
import { Bench, type Task } from 'tinybench';
import type { LineString, Feature } from 'geojson';
import { buildJourneyIndex, type JourneyIndex } from '../../src/lib/journey/journey-index';
import { lastStopReached, positionAt } from '../../src/lib/journey/position';
import { parseGeodata } from '../../src/lib/journey/geodata';
import type { Geodata } from '../../src/lib/journey/types';
import { buildDistanceView } from '../../src/lib/journey/distance-view';
import { createRailRouter } from '../../src/lib/journey/routing';
import { checkRailLegs } from '../../src/lib/journey/routing-checks';
import { syntheticJourney, seededRandom } from '../../src/lib/journey/fixtures/synthetic';
import { vehicleModeAt } from '../../src/lib/playback/timing';
import { legLine, legProgress, piecesTravelled, type LegLine } from '../../src/lib/map/travelled';
import { readGeodataFiles } from '../lib/read-geodata-files';

export interface Figure {
	/** Stable key, used by the report and the checks. */
	key: string;
	label: string;
	/** Mean time of one operation, ms. */
	meanMs: number;
	/** 99th percentile of one operation, ms (per batch for batched operations). */
	p99Ms: number;
	samples: number;
}

export interface CoreResults {
	figures: Figure[];
	/** Vertex counts of the indexed routes. */
	vertices: { small: number; large: number };
	ratios: { lookupVsAlong10k: number; lookupVsAlong1M: number };
}

/** Operations faster than the timer's resolution are timed in batches of this many calls. */
const BATCH = 1000;

/** A route of `vertices` vertices as one synthetic journey, with its index and one LineString of it. */
function route(trips: number, verticesPerTrip: number, legsPerTrip: number) {
	const journey = syntheticJourney({ trips, verticesPerTrip, legsPerTrip, seed: 42 });
	const index = buildJourneyIndex(journey);
	// The same route for Turf: every leg's vertices joined into one line (shared ends once).
	const coords = journey.legs.flatMap((l, i) =>
		i === 0 ? l.geometry.coordinates : l.geometry.coordinates.slice(1)
	);
	return { journey, index, line: lineString(coords) as Feature<LineString> };
}

/** Random journey times and the matching distances along the line, the same for every run. */
function probes(index: JourneyIndex, n: number) {
	const random = seededRandom(7);
	const times = new Float64Array(n);
	const km = new Float64Array(n);
	const total = index.km[index.km.length - 1] ?? 0;
	for (let i = 0; i < n; i++) {
		times[i] = index.startDay + random() * (index.endDay - index.startDay);
		km[i] = random() * total;
	}
	return { times, km };
}

/** What the page derives and the map computes on every frame, for one clock time. */
function frameWork(index: JourneyIndex, lines: (LegLine | null)[], tDay: number): number {
	const p = positionAt(index, tDay);
	const reached = lastStopReached(index, tDay);
	const mode = vehicleModeAt(index, p.legIndex, p.stopIndex);
	let f = 0;
	if (p.legIndex >= 0) {
		const line = lines[p.legIndex];
		if (line) f = legProgress(line, p);
	}
	// The head line's pieces behind the marker (HeadLayer), for a leg cut into 256 of them.
	return p.km + reached + mode.length + piecesTravelled(f, 256);
}

function figure(task: Task, key: string, label: string, perCall = 1): Figure {
	const r = task.result;
	if (r.state !== 'completed') throw new Error(`benchmark "${label}" did not complete: ${r.state}`);
	return {
		key,
		label,
		meanMs: r.latency.mean / perCall,
		p99Ms: r.latency.p99 / perCall,
		samples: r.latency.samplesCount
	};
}

export async function runCoreBench(
	log: (line: string) => void = console.log
): Promise<CoreResults> {
	// GEODATA_ROOT: a checkout whose geodata/ to measure (default: this repository).
	const root = process.env.GEODATA_ROOT ?? fileURLToPath(new URL('../..', import.meta.url));
	log('core: building routes (10,000 and 1,000,000 vertices)…');
	const small = route(1, 10_000, 1);
	const large = route(100, 10_000, 4);
	const smallProbe = probes(small.index, BATCH);
	const largeProbe = probes(large.index, BATCH);
	const largeLines = large.index.legs.map((_, i) => legLine(large.index, i));
	let sink = 0;

	const files = readGeodataFiles(root);
	const parsed = parseGeodata(files);
	if (!parsed.ok) throw new Error('geodata/ is invalid: run npm run validate:geodata');
	const geodata: Geodata = parsed.data;

	const bench = new Bench({ time: 1000, iterations: 20, warmup: true });
	let s = 0;
	bench
		.add('lookup-10k', () => {
			for (let i = 0; i < BATCH; i++) sink += positionAt(small.index, smallProbe.times[i] ?? 0).km;
		})
		.add('along-10k', () => {
			s = (s + 1) % BATCH;
			sink += along(small.line, smallProbe.km[s] ?? 0).geometry.coordinates[0] ?? 0;
		})
		.add('lookup-1M', () => {
			for (let i = 0; i < BATCH; i++) sink += positionAt(large.index, largeProbe.times[i] ?? 0).km;
		})
		.add('frame-1M', () => {
			for (let i = 0; i < BATCH; i++)
				sink += frameWork(large.index, largeLines, largeProbe.times[i] ?? 0);
		})
		.add('distances', () => {
			sink += buildDistanceView(geodata).journeys.length;
		})
		.add('routing', () => {
			const router = createRailRouter(geodata.network, geodata.places);
			for (const j of geodata.journeys) sink += checkRailLegs(j, router).length;
		})
		.add('validate', () => {
			sink += parseGeodata(files).ok ? 1 : 0;
		});
	log('core: running benchmarks…');
	await bench.run();

	// Turf `along` on a million vertices takes tens of ms a call: a few calls are enough.
	const slow = new Bench({ time: 500, iterations: 10, warmup: true });
	slow
		.add('along-1M', () => {
			s = (s + 1) % BATCH;
			sink += along(large.line, largeProbe.km[s] ?? 0).geometry.coordinates[0] ?? 0;
		})
		.add('index-1M', () => {
			sink += buildJourneyIndex(large.journey).t.length;
		});
	await slow.run();
	if (Number.isNaN(sink)) log('(sink is NaN)');

	const task = (b: Bench, name: string) => {
		const t = b.getTask(name);
		if (!t) throw new Error(`no benchmark ${name}`);
		return t;
	};
	const nSmall = small.index.t.length;
	const nLarge = large.index.t.length;
	const figures: Figure[] = [
		figure(task(bench, 'lookup-10k'), 'lookup-10k', `positionAt, ${fmtN(nSmall)} vertices`, BATCH),
		figure(task(bench, 'along-10k'), 'along-10k', `turf.along, same route`),
		figure(task(bench, 'lookup-1M'), 'lookup-1M', `positionAt, ${fmtN(nLarge)} vertices`, BATCH),
		figure(task(slow, 'along-1M'), 'along-1M', `turf.along, same route`),
		figure(
			task(bench, 'frame-1M'),
			'frame-1M',
			`whole per-frame core work, ${fmtN(nLarge)} vertices`,
			BATCH
		),
		figure(
			task(slow, 'index-1M'),
			'index-1M',
			`buildJourneyIndex, ${fmtN(nLarge)} vertices (once)`
		),
		figure(task(bench, 'distances'), 'distances', 'all distances of the flagship data'),
		figure(task(bench, 'routing'), 'routing', 'routing all rail legs of the flagship data'),
		figure(task(bench, 'validate'), 'validate', 'validating all of geodata/')
	];
	const mean = (key: string) => figures.find((f) => f.key === key)?.meanMs ?? Number.NaN;
	return {
		figures,
		vertices: { small: nSmall, large: nLarge },
		ratios: {
			lookupVsAlong10k: mean('along-10k') / mean('lookup-10k'),
			lookupVsAlong1M: mean('along-1M') / mean('lookup-1M')
		}
	};
}

export const fmtN = (n: number) => n.toLocaleString('en-US');

/** 0.000123 ms → "0.12 µs"; 12.3 ms → "12.3 ms"; 1234 ms → "1.23 s". */
export function fmtMs(ms: number): string {
	if (!Number.isFinite(ms)) return 'n/a';
	if (ms < 1e-3) return `${(ms * 1e6).toPrecision(3)} ns`;
	if (ms < 1) return `${(ms * 1e3).toPrecision(3)} µs`;
	if (ms < 1000) return `${ms.toPrecision(3)} ms`;
	return `${(ms / 1000).toPrecision(3)} s`;
}
