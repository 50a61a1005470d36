// Builds the benchmark fixture pages (not part of the app, never linked from it) for scripts/bench/:
//   bare/   a bare MapLibre map with Echelon's basemap: the load-time baseline; with ?journeys=1, the
//           same map also drawing the first view's journey, stops and labels with the app's layers;
//           with ?play=1, the same map moving one marker along the train's line: the playback one;
//   scale/  Echelon's MapView and clock on the flagship data or a synthetic journey: frame times.
// Build: npx vite build -c tests/perf/vite.config.ts; serve: npx vite preview -c tests/perf/vite.config.ts
import { fileURLToPath } from 'node:url';
import { defineConfig, type Plugin } from 'vite';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { parseGeodata } from '../../src/lib/journey/geodata';
import { buildClientData } from '../../src/lib/data/client-data';
import { readGeodataFiles } from '../../scripts/lib/read-geodata-files';
import { legFeatures, stopFeatures } from '../../src/lib/map/map-features';
import { journeyColors } from '../../src/lib/map/layer-styles';

const repo = fileURLToPath(new URL('../..', import.meta.url));
const here = fileURLToPath(new URL('.', import.meta.url));

let client: ReturnType<typeof buildClientData> | undefined;
/** The journeys and places the app inlines, validated the same way; read once per build. */
function clientData() {
	if (client) return client;
	// GEODATA_ROOT: a checkout whose geodata/ to use (default: this repository), as in scripts/bench.
	const parsed = parseGeodata(readGeodataFiles(process.env.GEODATA_ROOT ?? repo));
	if (!parsed.ok) throw new Error('geodata/ is invalid: run npm run validate:geodata');
	return (client = buildClientData(parsed.data));
}

/**
 * `virtual:flagship`: the journeys and places the app inlines. `virtual:first-view-features`: the URL
 * of a JSON file holding what the app's first view gives the map (the train's legs and stops, in the
 * app's colours), built here by the app's own functions, for the bare page to fetch as it fetches the
 * basemap: a bare MapLibre page drawing the same picture (bare/?journeys=1).
 */
function flagshipData(): Plugin {
	const flagship = 'virtual:flagship';
	const features = 'virtual:first-view-features';
	let serving = false;
	return {
		name: 'echelon-flagship-data',
		configResolved: (config) => void (serving = config.command === 'serve'),
		resolveId: (source) => ([flagship, features].includes(source) ? `\0${source}` : undefined),
		load(resolved) {
			if (resolved === `\0${flagship}`) return `export default ${JSON.stringify(clientData())};`;
			if (resolved !== `\0${features}`) return undefined;
			const { journeys, places } = clientData();
			const colors = journeyColors(journeys.map((j) => j.meta.id));
			// The app's first view draws the first journey (the train); the other waits for "Both".
			const drawn = journeys.slice(0, 1);
			const json = JSON.stringify({
				legs: legFeatures(drawn, colors),
				stops: stopFeatures(drawn, places, colors)
			});
			if (serving)
				return `export default ${JSON.stringify(`data:application/json,${encodeURIComponent(json)}`)};`;
			const ref = this.emitFile({ type: 'asset', name: 'first-view-features.json', source: json });
			return `export default import.meta.ROLLUP_FILE_URL_${ref};`;
		}
	};
}

export default defineConfig({
	root: here,
	base: './',
	plugins: [svelte(), flagshipData()],
	resolve: { alias: { $lib: `${repo}src/lib` } },
	build: {
		outDir: `${repo}node_modules/.cache/echelon-perf`,
		emptyOutDir: true,
		chunkSizeWarningLimit: 2000,
		rollupOptions: {
			input: {
				bare: `${here}bare/index.html`,
				scale: `${here}scale/index.html`
			}
		}
	},
	preview: { strictPort: true }
});
