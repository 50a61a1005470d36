import { defineConfig } from 'vitest/config';
import { playwright } from '@vitest/browser-playwright';
import { sveltekit } from '@sveltejs/kit/vite';
import { chromiumLaunchOptions } from './chromium.config.ts';

export default defineConfig({
	plugins: [sveltekit()],
	// geojson-path-finder ships CJS in "main" without an "exports" map; bundling it avoids
	// "PathFinder is not a constructor" during prerender (stack-notes, gotcha 6).
	ssr: { noExternal: ['geojson-path-finder'] },
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
