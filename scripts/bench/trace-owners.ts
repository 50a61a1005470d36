// Who ran a sampled piece of JavaScript: the build file's hidden source map (the bench builds with
// ECHELON_SOURCEMAP=hidden, vite.config.ts) gives the source module, which names its owner.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { SourceMapConsumer, type RawSourceMap } from 'source-map-js';

export class ScriptMapper {
	readonly #maps = new Map<string, SourceMapConsumer | null>();
	readonly #buildDir: string;
	readonly #origin: string;

	constructor(buildDir: string, pageUrl: string) {
		this.#buildDir = buildDir;
		this.#origin = new URL(pageUrl).origin;
	}

	static anyMap(buildDir: string): boolean {
		const dir = join(buildDir, '_app/immutable/chunks');
		return existsSync(dir) && readdirSync(dir).some((f) => f.endsWith('.js.map'));
	}

	/** The source module (repository-relative, or `node_modules/…`) of a position in a served file. */
	source(url: string, line: number, column: number): string | null {
		if (!url.startsWith(this.#origin) || !/\.m?js$/.test(url)) return null;
		const file = join(this.#buildDir, new URL(url).pathname);
		let map = this.#maps.get(file);
		if (map === undefined) {
			map = existsSync(`${file}.map`)
				? new SourceMapConsumer(JSON.parse(readFileSync(`${file}.map`, 'utf8')) as RawSourceMap)
				: null;
			this.#maps.set(file, map);
		}
		const source = map?.originalPositionFor({ line: line + 1, column }).source;
		if (!source) return null;
		const at = source.lastIndexOf('node_modules/');
		if (at >= 0) return source.slice(at);
		const src = source.search(/(^|\/)(src|\.svelte-kit)\//);
		return src >= 0 ? source.slice(src).replace(/^\//, '') : source;
	}
}

const OWNERS: [RegExp, string][] = [
	[/^node_modules\/maplibre-gl\//, 'MapLibre (main thread)'],
	[/^node_modules\/topojson-client\//, 'basemap decode (topojson-client)'],
	[/^node_modules\/svelte\//, 'Svelte runtime (hydration, effects)'],
	[
		/^(node_modules\/@sveltejs\/kit\/|node_modules\/devalue\/|\.svelte-kit\/)/,
		'SvelteKit (router, start)'
	],
	[/^src\/lib\/data\//, 'page data decode (src/lib/data)'],
	[/^src\/lib\/journey\//, 'journey core: index, positions (src/lib/journey)'],
	[/^src\/lib\/(map)\//, "Echelon's map code (src/lib/map)"],
	[/^src\/lib\/(explorer|playback|import)\//, 'explorer model, clock (src/lib/explorer, playback)'],
	[/^src\/(lib\/ui|routes)\//, 'UI components (src/lib/ui, routes)'],
	[/^src\//, 'other app code (src/)'],
	[/^node_modules\//, 'other libraries']
];

/** The owner of a sample, or null for idle time. */
export function ownerOf(
	url: string,
	fn: string,
	source: string | null,
	pageUrl: string
): string | null {
	if (fn === '(idle)') return null;
	if (fn === '(garbage collector)') return 'garbage collection';
	if (fn === '(program)' || fn === '(root)') return 'V8 and Blink outside JavaScript';
	if (source) return OWNERS.find(([re]) => re.test(source))?.[1] ?? 'other';
	if (url.split('?')[0] === pageUrl.split('?')[0] || url === '')
		return url ? "the page's inline script (boot, inlined data)" : 'built-in functions';
	if (/maplibre/i.test(url)) return 'MapLibre (main thread)';
	return /\.m?js$/.test(url) ? 'scripts without a source map' : 'other';
}
