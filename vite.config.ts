import { defineConfig } from 'vitest/config';
import { playwright } from '@vitest/browser-playwright';
import { sveltekit } from '@sveltejs/kit/vite';
import { chromiumLaunchOptions } from './chromium.config.ts';
import { trimMapLibreCssPlugin } from './scripts/lib/trim-maplibre-css.ts';

export default defineConfig({
	plugins: [trimMapLibreCssPlugin(), sveltekit()],
	// geojson-path-finder ships CJS in "main" without an "exports" map; bundling it avoids
	// "PathFinder is not a constructor" during prerender (stack-notes, gotcha 6).
	ssr: { noExternal: ['geojson-path-finder'] },
	build: {
		// `npm run bench` builds with hidden source maps to name the modules in its trace (not served).
		sourcemap: process.env.ECHELON_SOURCEMAP === 'hidden' ? 'hidden' : false,
		// Everything the entries import statically in one chunk: the first view then fetches one file
		// of its JavaScript instead of a dozen, about 3 KB gzip less (one gzip context, fewer headers).
		// Dynamic imports (MapLibre, the panels) stay their own chunks.
		rolldownOptions: {
			output: { codeSplitting: { groups: [{ name: 'initial', tags: ['$initial'] }] } }
		}
	},
	// Pre-bundled up front so the first browser test run does not re-optimise it and reload the page.
	optimizeDeps: { include: ['@observablehq/plot'] },
	test: {
		expect: { requireAssertions: true },
		projects: [
			{
				extends: './vite.config.ts',
				test: {
					name: 'client',
					browser: {
						enabled: true,
						provider: playwright({ launchOptions: chromiumLaunchOptions }),
						instances: [{ browser: 'chromium', headless: true }]
					},
					include: ['src/**/*.svelte.{test,spec}.{js,ts}']
				}
			},
			{
				extends: './vite.config.ts',
				test: {
					name: 'server',
					environment: 'node',
					include: ['src/**/*.{test,spec}.{js,ts}', 'tests/**/*.{test,spec}.{js,ts}'],
					exclude: ['src/**/*.svelte.{test,spec}.{js,ts}']
				}
			}
		]
	}
});
