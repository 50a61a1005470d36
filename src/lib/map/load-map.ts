// Loads what the map needs before it can be created: MapLibre's chunk (create-map.ts, by dynamic
// import) and the basemap, once per page. Evaluating this module starts both, so they download while
// the page hydrates (MapView.svelte imports it); MapLibre's workers start as soon as its code is in.
import type { Topology } from 'topojson-specification';
// Also asked for from the page's head (preload, src/hooks.server.ts), so the fetch below finds it
// on its way.
import basemapUrl from './data/basemap.topo.json?url';

type Loaded = [typeof import('./create-map'), Topology];
let mapCode: Promise<Loaded> | null = null;
/**
 * MapLibre (the largest download) and the basemap, requested once. The browser starts them as soon
 * as this module is evaluated, in parallel with the page's hydration, not after it (onMount): that
 * keeps the time to the first drawn map close to a bare MapLibre page's (docs/performance.md).
 */
export function loadMapCode() {
	mapCode ??= Promise.all([
		import('./create-map').then((code) => {
			// MapLibre's workers start now, while the page hydrates, not when the map is created.
			code.prewarm();
			return code;
		}),
		fetch(basemapUrl).then((r) => {
			if (!r.ok) throw new Error(`basemap data could not be loaded (HTTP ${r.status})`);
			return r.json() as Promise<Topology>;
		})
	]).then((loaded) => {
		// Milestones for the bench's trace (docs/performance.md).
		performance.mark('echelon:map-code');
		return loaded;
	});
	// A failure is reported by the component that awaits it; a later mount may try again.
	mapCode.catch(() => (mapCode = null));
	return mapCode;
}
if (typeof window !== 'undefined') void loadMapCode().catch(() => {});
