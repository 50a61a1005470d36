import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import {
	BUDGET,
	formatBudgetRow,
	htmlModules,
	staticClosure,
	turfFingerprints,
	turfModulesIn,
	type Manifest
} from '../../scripts/lib/budgets';

const nodeModules = fileURLToPath(new URL('../../node_modules', import.meta.url));

describe('htmlModules', () => {
	it('finds modulepreload links and the boot script imports once each, not prefetch hints', () => {
		const html = `<link href="./_app/immutable/entry/start.A.js" rel="modulepreload">
			<link href="./_app/immutable/chunks/B.js" rel="modulepreload">
			<link href="./_app/immutable/assets/x.css" rel="stylesheet">
			<link rel="prefetch" href="/_app/immutable/assets/maplibre-gl-worker.W.mjs">
			<script>Promise.all([import("./_app/immutable/entry/start.A.js"), import("./_app/immutable/entry/app.C.js")])</script>`;
		expect(htmlModules(html).sort()).toEqual([
			'_app/immutable/chunks/B.js',
			'_app/immutable/entry/app.C.js',
			'_app/immutable/entry/start.A.js'
		]);
	});
});

describe('staticClosure', () => {
	const manifest: Manifest = {
		'entry.js': { file: 'e.js', isEntry: true, imports: ['_a.js'], dynamicImports: ['lazy.ts'] },
		'_a.js': { file: 'a.js', imports: ['_b.js'] },
		'_b.js': { file: 'b.js', imports: ['_a.js'] },
		'lazy.ts': { file: 'lazy.js', isDynamicEntry: true, imports: ['_c.js'] },
		'_c.js': { file: 'c.js' }
	};
	it('follows static imports from manifest keys or output files, not dynamic ones, through cycles', () => {
		expect([...staticClosure(manifest, ['e.js'])].sort()).toEqual(['a.js', 'b.js', 'e.js']);
		expect([...staticClosure(manifest, ['entry.js', 'lazy.ts'])].sort()).toEqual([
			'a.js',
			'b.js',
			'c.js',
			'e.js',
			'lazy.js'
		]);
		expect(staticClosure(manifest, ['nothing.js']).size).toBe(0);
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
