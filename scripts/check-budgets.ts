// `npm run budgets`: serves the production build (`npm run preview`), loads the first view in a real
// headless Chromium (chromium.config.ts) until the map's first idle, prints every file it fetched
// with its gzip size, and exits 1 when a budget (scripts/lib/budgets.ts, docs/performance.md) is
// exceeded. Run after `npm run build`; CI runs it right after the e2e tests' build (.ci/run).
//   --port N   the preview server's port (default 4312)
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright';
import { chromiumLaunchOptions } from '../chromium.config.ts';
import { startServer } from './bench/servers';
import { checkBudgets, formatBudgetRow, readManifest, type BudgetReport } from './lib/budgets';
import { measureFirstView } from './lib/first-view';

const root = fileURLToPath(new URL('..', import.meta.url));
const portArg = process.argv.indexOf('--port');
const port = portArg >= 0 ? Number(process.argv[portArg + 1]) : 4312;
const size = (bytes: number) => `${(bytes / 1000).toFixed(1).padStart(6)} KB`;

let report: BudgetReport;
try {
	readManifest(root); // fails early, before any server starts, when there is no build
	const server = await startServer('npm', ['run', 'preview', '--'], port);
	const browser = await chromium.launch(chromiumLaunchOptions);
	try {
		report = checkBudgets(root, await measureFirstView(browser, `${server.url}/`));
	} finally {
		await browser.close();
		server.stop();
	}
} catch (error) {
	console.error(`budgets: ${(error as Error).message}`);
	process.exit(2);
}
console.log(
	`First view of build/ in Chromium until the map's first idle (gzip of the bytes fetched):`
);
for (const row of report.rows) {
	console.log(formatBudgetRow(row));
	for (const f of row.files) console.log(`      ${size(f.gzipBytes)}  ${f.file}`);
}
const { maplibre, other, lazy } = report.info;
console.log('info  not budgeted:');
for (const f of maplibre) console.log(`      ${size(f.gzipBytes)}  ${f.file} (MapLibre)`);
for (const f of other) console.log(`      ${size(f.gzipBytes)}  ${f.file} (${f.kind})`);
console.log(
	`info  lazy chunks the first view did not fetch: ${lazy.length}, ${size(lazy.reduce((s, f) => s + f.gzipBytes, 0)).trim()}`
);
if (!report.ok) {
	console.error('budgets: exceeded (see docs/performance.md for how to get back under)');
	process.exit(1);
}
