// Builds the benchmark fixture pages (not part of the app, never linked from it) for scripts/bench/:
//   bare/   a bare MapLibre map with Echelon's basemap: the load-time baseline;
//           with ?play=1, the same map moving one marker along the train's line: the playback one;
//   scale/  Echelon's MapView and clock on the flagship data or a synthetic journey: frame times.
// Build: npx vite build -c tests/perf/vite.config.ts; serve: npx vite preview -c tests/perf/vite.config.ts
import { fileURLToPath } from 'node:url';
import { defineConfig, type Plugin } from 'vite';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { parseGeodata } from '../../src/lib/journey/geodata';
import { buildClientData } from '../../src/lib/data/client-data';
import { readGeodataFiles } from '../../scripts/lib/read-geodata-files';

const repo = fileURLToPath(new URL('../..', import.meta.url));
const here = fileURLToPath(new URL('.', import.meta.url));

/** `virtual:flagship`: the journeys and places the app inlines, validated the same way. */
function flagshipData(): Plugin {
	const id = 'virtual:flagship';
	return {
		name: 'echelon-flagship-data',
		resolveId: (source) => (source === id ? `\0${id}` : undefined),
		load(resolved) {
			if (resolved !== `\0${id}`) return undefined;
			// GEODATA_ROOT: a checkout whose geodata/ to use (default: this repository), as in scripts/bench.
			const parsed = parseGeodata(readGeodataFiles(process.env.GEODATA_ROOT ?? repo));
			if (!parsed.ok) throw new Error('geodata/ is invalid: run npm run validate:geodata');
			const { journeys, places } = buildClientData(parsed.data);
			return `export default ${JSON.stringify({ journeys, places })};`;
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
