// The Node and size sections of docs/performance.md (report.ts puts the sections together).
import type { BudgetReport } from '../lib/budgets';
import { fmtMs, fmtN, type CoreResults } from './core';

const kb = (bytes: number) => `${(bytes / 1000).toFixed(1)} KB`;

export function coreSection(core: CoreResults): string[] {
	return [
		'## The journey core (Node)',
		'',
		'tinybench, mean and 99th percentile per operation. Sub-microsecond operations are timed in batches',
		'of 1,000 calls at random journey times (the p99 is then that of a batch, per call). Routes are',
		'synthetic journeys (`src/lib/journey/fixtures/synthetic.ts`, seeded): one leg of 10,000 vertices,',
		'and 100 trips × 10,000 vertices (400 legs); Turf gets the same route as one LineString.',
		'',
		'| operation | mean | p99 | samples |',
		'| --- | --- | --- | --- |',
		...core.figures.map(
			(f) => `| ${f.label} | ${fmtMs(f.meanMs)} | ${fmtMs(f.p99Ms)} | ${f.samples} |`
		),
		'',
		`Lookup vs \`turf.along\`: **${fmtN(Math.round(core.ratios.lookupVsAlong10k))}×** faster at ${fmtN(core.vertices.small)} vertices,`,
		`**${fmtN(Math.round(core.ratios.lookupVsAlong1M))}×** at ${fmtN(core.vertices.large)}. The whole per-frame core work is`,
		"`positionAt`, `lastStopReached`, `vehicleModeAt` (what the page derives each frame) and the map's",
		'`legProgress` + `piecesTravelled` (src/lib/map/travelled.ts).',
		''
	];
}

export function sizeSection(b: BudgetReport): string[] {
	const out = [
		'## Size budgets (as Chromium fetches the first view, gzip)',
		'',
		'`npm run budgets` (CI, after the e2e build) and this bench serve the production build, load the',
		"page in headless Chromium and keep every response the page asked for before the map's first",
		"`idle`; each body is gzipped at zlib's default level (1 KB = 1,000 bytes). MapLibre's own chunk",
		'(which also holds `src/lib/map/create-map.ts`, a few KB) and its worker are outside the JavaScript',
		'budget.',
		'',
		'| budget | measured | limit | ok |',
		'| --- | --- | --- | --- |',
		...b.rows.map((row) => {
			const value =
				row.unit === 'KB' ? `${row.value.toFixed(1)} KB` : `${(row.value * 100).toFixed(0)} %`;
			const limit = row.unit === 'KB' ? `${row.limit} KB` : `< ${row.limit * 100} %`;
			return `| ${row.label} | ${value} | ${limit} | ${row.ok ? 'yes' : '**no**'} |`;
		}),
		''
	];
	for (const row of b.rows.filter((x) => x.unit === 'KB')) {
		out.push(
			`${row.label}:`,
			'',
			...row.files.map((f) => `- \`${f.file}\`: ${kb(f.gzipBytes)}`),
			''
		);
	}
	const { maplibre, other, lazy } = b.info;
	out.push(
		`Not budgeted: ${[...maplibre.map((f) => `\`${f.file}\` ${kb(f.gzipBytes)} (MapLibre)`), ...other.map((f) => `\`${f.file}\` ${kb(f.gzipBytes)} (${f.kind})`)].join(', ')}.`,
		`Lazily loaded chunks the first view did not fetch: ${lazy.length}, ${kb(lazy.reduce((s, f) => s + f.gzipBytes, 0))} together.`,
		'Fetched only after the first idle (src/lib/data/first-drawn.ts, src/lib/ui/later.ts): the side',
		"panel's body with the itinerary, the legend's key, the timeline's trip bands and axis, the bar's",
		"import and export tools, the head of the leg under way, the URL's writer, the service worker",
		'(which then precaches the site) and the sources (`/data/sources.json`); the distances view',
		'(`/data/distances.json`) when its panel opens and the modern borders (`borders.topo.json`) when',
		"they are turned on. A link with a query loads the URL's reader at once (src/lib/explorer/url-later.ts).",
		'',
		'### When a budget is exceeded',
		'',
		'`npm run budgets` lists the files behind each figure. The levers, in the order tried:',
		'',
		'- **What loads before the first idle**: anything not drawn in the first frame waits, behind a',
		'  dynamic import or for `firstViewDrawn` (src/lib/data/first-drawn.ts, `afterFirstView` in',
		'  src/lib/ui/later.ts), keeping its place on the page meanwhile; the list above shows any file',
		'  that slipped in. A new layer or panel loads that way from the start.',
		'- **Modules split by who uses them**: a module lands whole in the first chunk when the first view',
		'  imports any of it, with every export a lazy part uses (and so does any Svelte runtime module a',
		'  lazy part uses). Measured with `npm run bench` (hidden source maps): format/day.ts apart from',
		'  format/dates.ts, import/client-journey.ts apart from import/bundle.ts, the gradient style in',
		'  layer-styles.ts apart from travelled.ts; no `bind:clientWidth` or `svelte/motion` in the first',
		'  view.',
		'- **What the page inlines** (`src/routes/+page.server.ts`, `src/lib/data/client-data.ts`): only',
		'  what the first view draws; anything read later (sources, distances) is a prerendered JSON file',
		'  fetched on demand (`src/lib/data/lazy-data.ts`).',
		'- **How the legs are inlined** (`src/lib/data/packed-lines.ts`): each distinct vertex once, in a',
		'  shared pool of integer deltas at 1e-4 degrees, and every leg as steps through that pool.',
		'- **The basemap** (`scripts/build-basemap.ts`): Natural Earth 1:50m, its TopoJSON quantization and',
		'  which layers ship in the first view.',
		"- **JavaScript**: the first view's static imports form one chunk (vite.config.ts); keep heavy",
		'  modules (Turf measurement, the chart, the importer) behind dynamic imports; the Turf budget',
		'  catches a static import of the whole library. What is left (49.5 KB when the budget went back to',
		"  50 KB): SvelteKit's client and devalue (about 12 KB), the Svelte runtime (about 19 KB), and the",
		"  page's own first view (the explorer model, the map's layers and styles, the journey index, the",
		'  bar, status card, slider and controls, their templates) with the parts of Turf the index uses.',
		''
	);
	return out;
}
