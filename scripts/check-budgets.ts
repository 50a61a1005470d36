// `npm run budgets`: checks the production build against the first view's size budgets (see
// scripts/lib/budgets.ts and docs/performance.md) and exits 1 when one is exceeded. Run after
// `npm run build`; CI runs it right after the e2e tests' build (.ci/run).
import { fileURLToPath } from 'node:url';
import { checkBudgets, formatBudgetRow } from './lib/budgets';

const root = fileURLToPath(new URL('..', import.meta.url));
let report;
try {
	report = checkBudgets(root);
} catch (error) {
	console.error(`budgets: ${(error as Error).message}`);
	process.exit(2);
}
const verbose = process.argv.includes('--verbose');
for (const row of report.rows) {
	console.log(formatBudgetRow(row));
	if (verbose || !row.ok) {
		for (const f of row.files)
			console.log(`        ${(f.gzipBytes / 1000).toFixed(1)} KB  ${f.file}`);
	}
}
const { maplibreChunk, worker } = report.info;
console.log(
	`info  MapLibre's chunk ${(maplibreChunk.gzipBytes / 1000).toFixed(1)} KB` +
		(worker ? `, worker ${(worker.gzipBytes / 1000).toFixed(1)} KB` : '') +
		' (gzip, not budgeted)'
);
if (!report.ok) {
	console.error('budgets: exceeded (see docs/performance.md for how to get back under)');
	process.exit(1);
}
