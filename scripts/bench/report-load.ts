// The load-time section of docs/performance.md (report.ts puts the sections together): Echelon and the
// three bare-MapLibre pages, each comparison of the run, and the milestones on the way (load.ts).
import type { LoadRun, LoadTimes } from './load';
import { ms, TARGET } from './report-sections';

export function loadSection(l: LoadTimes | undefined, runs: LoadRun[] = []): string[] {
	if (!l) return [];
	const repeats =
		runs.length > 1
			? [
					`The comparison was run ${runs.length} times in this bench run, one after another (the tables above and below are the first):`,
					'',
					'| comparison | Echelon | bare, basemap | ratio | bare, same picture | ratio | same, hidden until `load` | ratio | 1-min load average at its start |',
					'| --- | --- | --- | --- | --- | --- | --- | --- | --- |',
					...runs.map(
						(r, i) =>
							`| ${i + 1} | ${ms(r.echelonMs)} | ${ms(r.bareMs)} | ${r.ratio.toFixed(2)} | ${ms(r.bareJourneysMs)} | ${r.ratioSamePicture.toFixed(2)} | ${ms(r.bareHiddenMs)} | ${r.ratioHidden.toFixed(2)} | ${r.loadAverage.toFixed(1)} |`
					),
					''
				]
			: [];
	return [
		'## Load time (Chromium)',
		'',
		"Navigation start → the map's first `idle` with the journeys drawn (the first `idle` after the",
		'journey layers are on the map, src/lib/map/MapView.svelte), each visit in a fresh browser context (cold cache),',
		'Echelon (`npm run build` + `npm run preview`) and three bare-MapLibre pages (`tests/perf/bare/`:',
		"MapLibre alone, the same basemap file, colours and bounds, a canvas of the app's map size,",
		`${l.appView.width}×${l.appView.height}), taken in turn in the same run, all served by \`vite preview\` on localhost:`,
		'',
		'- **bare, basemap**: the basemap alone, as the issue first set the comparison;',
		"- **bare, same picture** (`bare/?journeys=1`): the basemap and the first view's journey, stops and",
		"  labels, drawn with the app's own layer specifications from a GeoJSON file the page fetches beside",
		"  the basemap, in the style from the start: what plain MapLibre takes to draw the app's first view",
		'  (less the moving marker, the headline and the controls). Echelon over this page is the ratio',
		'  the target is judged on: the same picture, with and without the app;',
		'- **same, hidden until `load`** (`bare/?journeys=1&hidden=1`): that page with its canvas hidden',
		"  until the map's `load`, as Echelon hides its own under the loading overlay, so that the browser",
		'  composites none of the first frames. Not a target: Echelon over this page is what is left of the',
		"  app's own share once both pages skip that work.",
		'',
		'| page | median | p95 | mean | min | max | visits |',
		'| --- | --- | --- | --- | --- | --- | --- |',
		...(
			[
				['Echelon', l.echelonMs],
				['bare MapLibre, basemap', l.bareMs],
				['bare MapLibre, same picture', l.bareJourneysMs],
				['bare MapLibre, same picture, hidden until `load`', l.bareHiddenMs]
			] as const
		).map(
			([label, s]) =>
				`| ${label} | ${ms(s.median)} | ${ms(s.p95)} | ${ms(s.mean)} | ${ms(s.min)} | ${ms(s.max)} | ${s.n} |`
		),
		'',
		`Ratio of medians: **${l.ratio.toFixed(2)}** over the basemap alone, **${l.ratioSamePicture.toFixed(2)}** over the same picture (target ≤ ${TARGET.loadRatio}); ${l.ratioHidden.toFixed(2)} over the same picture hidden until \`load\`.`,
		'',
		...repeats,
		'Where the time went, milestone by milestone (median of the same visits, ms from navigation start):',
		'',
		'| milestone | Echelon | bare, basemap | bare, same picture | same, hidden until `load` |',
		'| --- | --- | --- | --- | --- |',
		...l.milestones.map((m) =>
			[m.echelonMs, m.bareMs, m.bareJourneysMs, m.bareHiddenMs].reduce(
				(row, v) => `${row} ${Number.isNaN(v) ? '–' : ms(v)} |`,
				`| ${m.label} |`
			)
		),
		''
	];
}
