import adapter from '@sveltejs/adapter-static';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';

// The one inline script of our own (src/hooks.server.ts puts it in the head): allowed by its hash.
const earlyPresses = readFileSync(new URL('./src/early-presses.js', import.meta.url), 'utf8');
/** @type {`sha256-${string}`} */
const earlyPressesHash = `sha256-${createHash('sha256').update(earlyPresses).digest('base64')}`;

/** @type {import('@sveltejs/kit').Config} */
const config = {
	compilerOptions: {
		// Force runes mode for the project, except for libraries. Can be removed in svelte 6.
		runes: ({ filename }) => (filename.split(/[/\\]/).includes('node_modules') ? undefined : true)
	},
	kit: {
		// The command-line tools and the geodata build are TypeScript too: svelte-check covers them.
		typescript: {
			config: (config) => {
				config.include.push('../scripts/**/*.ts');
				return config;
			}
		},
		// Every page is prerendered; the build is a folder of static files with no server code.
		adapter: adapter({ strict: true }),
		// The first view's stylesheets go into the HTML, none a request the page must wait for before
		// it can draw or run its start-up script; MapLibre's is trimmed to the parts the map uses
		// (scripts/lib/trim-maplibre-css.ts) so that it fits. docs/performance.md, "Load time".
		inlineStyleThreshold: 12_000,
		// The service worker is registered by the page once the first view is drawn
		// (src/lib/data/offline.ts), not at the window's load event while the map is still loading.
		serviceWorker: { register: false },
		// Content-Security-Policy, written into each prerendered page as a <meta> tag. 'hash' lets
		// SvelteKit add the hash of its own inline start-up script, and ours is listed by its hash, so
		// no other inline script runs.
		csp: {
			mode: 'hash',
			directives: {
				'default-src': ['self'],
				'script-src': ['self', earlyPressesHash],
				// MapLibre runs its worker from a blob: URL; the import worker is a same-origin file.
				'worker-src': ['self', 'blob:'],
				'child-src': ['self', 'blob:'],
				// Inline styles: Svelte's style: directives render as style attributes, and
				// Observable Plot adds a <style> element to its charts.
				'style-src': ['self', 'unsafe-inline'],
				// MapLibre draws icons and glyphs from data: and blob: images.
				'img-src': ['self', 'data:', 'blob:'],
				'font-src': ['self'],
				// Same-origin fetches only (the basemap, `?import=` files); MapLibre's worker reads blob:s.
				'connect-src': ['self', 'blob:', 'data:'],
				'object-src': ['none'],
				'base-uri': ['self'],
				'form-action': ['self']
			}
		}
	}
};

export default config;
