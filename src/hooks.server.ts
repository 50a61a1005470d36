// At prerender, asks for MapLibre's chunk from the page's head (modulepreload), beside the page's own
// scripts: the browser fetches and compiles it while the page's JavaScript loads and hydrates, instead
// of only once MapView's module runs (src/lib/map/load-map.ts). Its hashed file name comes from the
// client build's manifest, which exists when the pages are prerendered. docs/performance.md.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Handle } from '@sveltejs/kit';

const MAP_MODULE = 'src/lib/map/create-map.ts';

function mapPreloadLinks(): string {
	const manifest = join(process.cwd(), '.svelte-kit/output/client/.vite/manifest.json');
	if (!existsSync(manifest)) return ''; // dev server: no build, nothing to preload
	const entry = (JSON.parse(readFileSync(manifest, 'utf8')) as Record<string, { file: string }>)[
		MAP_MODULE
	];
	return entry ? `<link href="./${entry.file}" rel="modulepreload">` : '';
}

let links: string | undefined;

export const handle: Handle = ({ event, resolve }) =>
	resolve(event, {
		transformPageChunk: ({ html }) => {
			links ??= mapPreloadLinks();
			return links ? html.replace('</head>', `${links}\n\t</head>`) : html;
		}
	});
