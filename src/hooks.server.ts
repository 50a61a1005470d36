// At prerender, writes into the page's head the script that keeps presses made before hydration
// (src/early-presses.js), and what the map needs before any script runs: MapLibre's
// chunk (modulepreload), the basemap (preload) and MapLibre's worker (prefetch). The browser fetches
// them while the page's JavaScript loads and hydrates, instead of only once MapView's module runs
// (src/lib/map/load-map.ts); written here rather than by a <svelte:head> so that no hydration code is
// needed for them. Their hashed file names come from the client build's manifest, which exists when
// the pages are prerendered. docs/performance.md.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Handle } from '@sveltejs/kit';
// Kept byte for byte: svelte.config.js allows this inline script by the hash of the file.
import earlyPresses from './early-presses.js?raw';

const MAP_MODULE = 'src/lib/map/create-map.ts';
const BASEMAP = 'src/lib/map/data/basemap.topo.json';
const WORKER = /maplibre-gl-worker\.mjs$/;

function mapPreloadLinks(): string {
	const path = join(process.cwd(), '.svelte-kit/output/client/.vite/manifest.json');
	if (!existsSync(path)) return ''; // dev server: no build, nothing to preload
	const manifest = JSON.parse(readFileSync(path, 'utf8')) as Record<string, { file: string }>;
	const file = (key: string | undefined) => (key ? manifest[key]?.file : undefined);
	const map = file(MAP_MODULE);
	const basemap = file(BASEMAP);
	const worker = file(Object.keys(manifest).find((k) => WORKER.test(k)));
	return [
		map && `<link href="./${map}" rel="modulepreload">`,
		basemap && `<link href="./${basemap}" rel="preload" as="fetch" crossorigin="anonymous">`,
		worker && `<link href="./${worker}" rel="prefetch">`
	]
		.filter(Boolean)
		.join('\n\t\t');
}

let links: string | undefined;

export const handle: Handle = ({ event, resolve }) =>
	resolve(event, {
		transformPageChunk: ({ html }) => {
			links ??= mapPreloadLinks();
			const head = [`<script>${earlyPresses}</script>`, links].filter(Boolean).join('\n\t\t');
			return html.replace('</head>', `${head}\n\t</head>`);
		}
	});
