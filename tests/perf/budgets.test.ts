import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import {
	BUDGET,
	formatBudgetRow,
	MAPLIBRE_MODULE,
	maplibreFiles,
	splitFirstView,
	turfFingerprints,
	turfModulesIn,
	type Manifest
} from '../../scripts/lib/budgets';
import { fetchKind, type FetchedFile, type FetchKind } from '../../scripts/lib/first-view';

const nodeModules = fileURLToPath(new URL('../../node_modules', import.meta.url));

describe('fetchKind', () => {
	it('sorts responses by resource type, then by path and content type', () => {
		expect(fetchKind('script', '/_app/immutable/chunks/A.js')).toBe('js');
		expect(fetchKind('other', '/_app/immutable/assets/maplibre-gl-worker.W.mjs')).toBe('js');
		expect(fetchKind('document', '/')).toBe('data');
		expect(fetchKind('fetch', '/_app/immutable/assets/basemap.topo.B.json')).toBe('data');
		expect(fetchKind('fetch', '/data/sources.json?x=1')).toBe('data');
		expect(fetchKind('stylesheet', '/_app/immutable/assets/2.C.css')).toBe('css');
		expect(fetchKind('font', '/fonts/a.woff2')).toBe('font');
		expect(fetchKind('image', '/favicon.png')).toBe('image');
		expect(fetchKind('other', '/thing', 'application/octet-stream')).toBe('other');
	});
});

describe('splitFirstView', () => {
	const file = (path: string, kind: FetchKind, gzipBytes: number): FetchedFile => ({
		path,
		kind,
		gzipBytes,
		rawBytes: gzipBytes * 3
	});
	it("leaves MapLibre's chunk and worker out of the JavaScript and keeps every other file", () => {
		const files = [
			file('/', 'data', 80_000),
			file('/_app/immutable/chunks/app.js', 'js', 20_000),
			file('/_app/immutable/chunks/maplibre.js', 'js', 290_000),
			file('/_app/immutable/assets/maplibre-gl-worker.W.mjs', 'js', 150_000),
			file('/_app/immutable/assets/basemap.json', 'data', 50_000),
			file('/_app/immutable/assets/x.css', 'css', 3_000)
		];
		const split = splitFirstView(
			files,
			new Set([
				'_app/immutable/chunks/maplibre.js',
				'_app/immutable/assets/maplibre-gl-worker.W.mjs'
			])
		);
		expect(split.js.map((f) => f.file)).toEqual(['/_app/immutable/chunks/app.js']);
		expect(split.maplibre.map((f) => f.gzipBytes)).toEqual([290_000, 150_000]);
		expect(split.data.map((f) => f.file)).toEqual(['/', '/_app/immutable/assets/basemap.json']);
		expect(split.other).toEqual([
			{ file: '/_app/immutable/assets/x.css', gzipBytes: 3_000, kind: 'css' }
		]);
	});
});

describe('maplibreFiles', () => {
	it("names MapLibre's chunk from the manifest, and its worker when emitted", () => {
		const manifest: Manifest = {
			[MAPLIBRE_MODULE]: { file: '_app/immutable/chunks/M.js', isDynamicEntry: true },
			'node_modules/maplibre-gl/dist/maplibre-gl-worker.mjs': {
				file: '_app/immutable/assets/maplibre-gl-worker.W.mjs'
			},
			'src/routes/+page.svelte': { file: '_app/immutable/nodes/2.js' }
		};
		expect([...maplibreFiles(manifest)]).toEqual([
			'_app/immutable/chunks/M.js',
			'_app/immutable/assets/maplibre-gl-worker.W.mjs'
		]);
		expect(() => maplibreFiles({})).toThrow(MAPLIBRE_MODULE);
	});
});

describe('turf fingerprints', () => {
	const fingerprints = turfFingerprints(nodeModules);
	const dist = (pkg: string) => readFileSync(join(nodeModules, pkg, 'dist/esm/index.js'), 'utf8');

	it('has one fingerprint for each of many Turf modules', () => {
		expect(fingerprints.size).toBeGreaterThan(30);
	});

	it('flags a chunk with all of Turf and passes one with a few of its functions', () => {
		const all = [...fingerprints.keys()].map(dist).join('\n');
		expect(turfModulesIn(all, fingerprints).length / fingerprints.size).toBe(1);
		const few = ['@turf/helpers', '@turf/invariant', '@turf/along'].map(dist).join('\n');
		expect(turfModulesIn(few, fingerprints).length / fingerprints.size).toBeLessThan(
			BUDGET.turfShare
		);
	});
});

describe('formatBudgetRow', () => {
	it('says ok or OVER with the value and the budget', () => {
		const row = {
			key: 'first-view-data' as const,
			label: 'data',
			value: 151.23,
			limit: 150,
			unit: 'KB' as const,
			ok: false,
			files: []
		};
		expect(formatBudgetRow(row)).toBe('OVER  data: 151.2 KB (budget ≤ 150 KB)');
		expect(
			formatBudgetRow({ ...row, key: 'turf', unit: 'share', value: 0.02, limit: 0.5, ok: true })
		).toBe('ok    data: 2 % (budget < 50 %)');
	});
});
