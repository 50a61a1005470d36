// The size budgets of the first view, measured on the production build (`build/` and Vite's manifest
// in `.svelte-kit/output/client/.vite/manifest.json`). Used by scripts/check-budgets.ts (CI) and
// scripts/bench/run.ts (docs/performance.md). Sizes are gzip at zlib's default level (what a typical
// server sends); 1 KB = 1,000 bytes.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

export const BUDGET = {
	/** JavaScript of the first view, MapLibre's own chunk and worker excluded. */
	firstViewJsKb: 60,
	/** Basemap and journey data of the first view (the HTML with its inlined data, and the basemap). */
	firstViewDataKb: 150,
	/** A chunk with at least this share of Turf's modules "holds all of Turf". */
	turfShare: 0.5
} as const;

/** Modules the first view loads by dynamic import (the map). Lazy ones (the distance chart) are not. */
export const FIRST_VIEW_DYNAMIC = ['src/lib/map/create-map.ts'];
/** Data files fetched before the map's first idle. */
export const FIRST_VIEW_DATA = ['src/lib/map/data/basemap.topo.json'];
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
 * Every `_app/...` file index.html loads as a module: its modulepreload links and the boot script's
 * imports (not prefetch hints, such as the one for MapLibre's worker).
 */
export function htmlModules(html: string): string[] {
	const files = new Set<string>();
	const app = /href=["'](?:\.\/|\/)?(_app\/[^"']+\.m?js)["']/;
	for (const [tag] of html.matchAll(/<link\b[^>]*>/g)) {
		const m = /rel=["']?modulepreload/.test(tag) ? app.exec(tag) : null;
		if (m?.[1]) files.add(m[1]);
	}
	for (const m of html.matchAll(/import\(\s*["'](?:\.\/|\/)?(_app\/[^"']+\.m?js)["']\s*\)/g)) {
		if (m[1]) files.add(m[1]);
	}
	return [...files];
}

/** The files of `roots` (manifest keys or output files) and everything they import statically. */
export function staticClosure(manifest: Manifest, roots: string[]): Set<string> {
	const byFile = new Map(Object.entries(manifest).map(([key, e]) => [e.file, key]));
	const seen = new Set<string>();
	const files = new Set<string>();
	const visit = (key: string | undefined) => {
		if (!key || seen.has(key)) return;
		seen.add(key);
		const entry = manifest[key];
		if (!entry) return;
		files.add(entry.file);
		entry.imports?.forEach(visit);
	};
	for (const root of roots) visit(manifest[root] ? root : byFile.get(root));
	return files;
}

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
	info: { maplibreChunk: SizedFile; worker: SizedFile | null; css: SizedFile[]; lazy: SizedFile[] };
	ok: boolean;
}

const kb = (bytes: number) => bytes / 1000;

/** Measures the build in `root` (`build/` and `.svelte-kit/output/client/.vite/manifest.json`). */
export function checkBudgets(root: string): BudgetReport {
	const buildDir = join(root, 'build');
	const manifestPath = join(root, '.svelte-kit/output/client/.vite/manifest.json');
	for (const p of [join(buildDir, 'index.html'), manifestPath]) {
		if (!existsSync(p)) throw new Error(`${p} is missing: run npm run build first`);
	}
	const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as Manifest;
	const html = readFileSync(join(buildDir, 'index.html'), 'utf8');
	const sized = (file: string): SizedFile => ({
		file,
		gzipBytes: gzipBytes(readFileSync(join(buildDir, file)))
	});
	const entry = (key: string) => {
		const e = manifest[key];
		if (!e) throw new Error(`the build has no ${key}: update scripts/lib/budgets.ts`);
		return e;
	};

	// JavaScript: the page's modules, their imports and the first view's dynamic imports.
	const maplibre = entry(MAPLIBRE_MODULE).file;
	const maplibreCode = readFileSync(join(buildDir, maplibre), 'utf8');
	if (!/maplibre/i.test(maplibreCode)) throw new Error(`${maplibre} does not look like MapLibre`);
	const worker = Object.values(manifest).find((e) => /maplibre-gl-worker/.test(e.file));
	const js = staticClosure(manifest, [...htmlModules(html), ...FIRST_VIEW_DYNAMIC]);
	js.delete(maplibre);
	if (worker) js.delete(worker.file);
	const jsFiles = [...js].sort().map(sized);
	const jsBytes = jsFiles.reduce((sum, f) => sum + f.gzipBytes, 0);

	// Data: the HTML (its inlined page data included) and the data files fetched before first idle.
	const dataFiles = [
		{ file: 'index.html', gzipBytes: gzipBytes(html) },
		...FIRST_VIEW_DATA.map((key) => sized(entry(key).file))
	];
	const dataBytes = dataFiles.reduce((sum, f) => sum + f.gzipBytes, 0);

	// Turf: the largest share of Turf's modules found in any one chunk.
	const fingerprints = turfFingerprints(join(root, 'node_modules'));
	let worst = { file: '', share: 0 };
	for (const e of Object.values(manifest)) {
		if (!/\.m?js$/.test(e.file)) continue;
		const found = turfModulesIn(readFileSync(join(buildDir, e.file), 'utf8'), fingerprints);
		const share = found.length / fingerprints.size;
		if (share > worst.share) worst = { file: e.file, share };
	}

	const css = [...new Set(Object.values(manifest).flatMap((e) => e.css ?? []))].sort().map(sized);
	const lazy = Object.entries(manifest)
		.filter(([key, e]) => e.isDynamicEntry && !FIRST_VIEW_DYNAMIC.includes(key))
		.map(([, e]) => sized(e.file));

	const rows: BudgetRow[] = [
		{
			key: 'first-view-js',
			label: 'First-view JavaScript beyond MapLibre (chunk and worker)',
			value: kb(jsBytes),
			limit: BUDGET.firstViewJsKb,
			unit: 'KB',
			ok: kb(jsBytes) <= BUDGET.firstViewJsKb,
			files: jsFiles
		},
		{
			key: 'first-view-data',
			label: 'First-view basemap and journey data',
			value: kb(dataBytes),
			limit: BUDGET.firstViewDataKb,
			unit: 'KB',
			ok: kb(dataBytes) <= BUDGET.firstViewDataKb,
			files: dataFiles
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
		info: {
			maplibreChunk: sized(maplibre),
			worker: worker ? sized(worker.file) : null,
			css,
			lazy
		},
		ok: rows.every((r) => r.ok)
	};
}

export function formatBudgetRow(row: BudgetRow): string {
	const value =
		row.unit === 'KB' ? `${row.value.toFixed(1)} KB` : `${(row.value * 100).toFixed(0)} %`;
	const limit = row.unit === 'KB' ? `≤ ${row.limit} KB` : `< ${(row.limit * 100).toFixed(0)} %`;
	return `${row.ok ? 'ok  ' : 'OVER'}  ${row.label}: ${value} (budget ${limit})`;
}
