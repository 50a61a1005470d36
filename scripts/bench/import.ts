// The importer at its limits (Node, the code the import worker runs): a 150,000-stop CSV and a
// 1,000,000-point GPX through `importBytes` (hash, decode, parse, build, validate), then the
// Distances panel's totals. Wall time and the heap the result holds. Run by scripts/bench/run.ts.
import v8 from 'node:v8';
import { runInNewContext } from 'node:vm';
import { importedDistanceView } from '../../src/lib/import/distances';
import { importBytes } from '../../src/lib/import/import-bytes';
import { bigStopsCsv, bigTrackGpx } from '../../src/lib/import/fixtures/big-files';

export interface ImportFigure {
	label: string;
	megabytes: number;
	ok: boolean;
	parseMs: number;
	distancesMs: number;
	/** Heap growth while the result is held, MB (after a GC). */
	heapMb: number;
}

// The heap held is only meaningful after a collection: `tsx` runs without --expose-gc, so the flag
// is set at run time and the function taken from a fresh context (where V8 then defines it).
v8.setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;

async function measure(label: string, name: string, text: string): Promise<ImportFigure> {
	const bytes = new TextEncoder().encode(text);
	gc();
	const heap0 = process.memoryUsage().heapUsed;
	const t0 = performance.now();
	const result = await importBytes(name, bytes, { journeyIds: [], places: {}, sources: {} });
	const t1 = performance.now();
	if (result.ok) importedDistanceView(result.bundle);
	const t2 = performance.now();
	gc();
	const heapMb = (process.memoryUsage().heapUsed - heap0) / 1e6;
	return {
		label,
		megabytes: bytes.length / 1e6,
		ok: result.ok,
		parseMs: t1 - t0,
		distancesMs: t2 - t1,
		heapMb
	};
}

export async function runImportBench(log: (line: string) => void): Promise<ImportFigure[]> {
	log('import at the limits (Node)…');
	const figures = [
		await measure('CSV, 150,000 stops', 'stops.csv', bigStopsCsv(150_000)),
		await measure('GPX, 1,000,000 track points', 'track.gpx', bigTrackGpx(1_000_000))
	];
	for (const f of figures) {
		log(
			`  ${f.label} (${f.megabytes.toFixed(1)} MB): ${f.ok ? 'imported' : 'REFUSED'} in ${(f.parseMs / 1000).toFixed(1)} s, distances ${(f.distancesMs / 1000).toFixed(1)} s, heap held ${f.heapMb.toFixed(0)} MB`
		);
	}
	return figures;
}

// `npx tsx scripts/bench/import.ts`: the import figures alone.
if (import.meta.url === `file://${process.argv[1]}`) await runImportBench(console.log);
