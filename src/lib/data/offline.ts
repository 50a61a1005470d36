// The offline copy (src/service-worker.ts) is registered by the page, once the first view is drawn,
// instead of by SvelteKit at the window's `load` (svelte.config.js): installing the worker fetches and
// stores the whole site, megabytes that would otherwise compete with MapLibre for the network and the
// main thread while the map loads, and its script would count in the first view (docs/performance.md).
import { dev } from '$app/environment';
import { firstViewDrawn } from './first-drawn';

export function registerOfflineAfterFirstView(): void {
	if (!('serviceWorker' in navigator)) return;
	firstViewDrawn
		// Relative, as SvelteKit writes it: the worker's scope is the folder the site is served from.
		.then(() =>
			navigator.serviceWorker.register('./service-worker.js', { type: dev ? 'module' : 'classic' })
		)
		.catch((error: unknown) => console.warn('offline copy not installed:', error));
}
