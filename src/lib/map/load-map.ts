// Loads what the map needs before it can be created, MapLibre's chunk (create-map.ts, by dynamic
// import) and the basemap, and creates the page's map the moment both are in: on the container the
// server rendered, before the page has hydrated if they come first. Evaluating this module starts it
// (MapView.svelte imports it), so the map loads while the page's start-up code runs, not after it:
// the head start a bare MapLibre page has. docs/performance.md, "Load time".
import type { Topology } from 'topojson-specification';
// Also asked for from the page's head (preload, src/hooks.server.ts), so the fetch below finds it
// on its way.
import basemapUrl from './data/basemap.topo.json?url';
import type { MapCode } from './context';
export interface CreatedMap {
	code: MapCode;
	map: ReturnType<MapCode['createMap']>;
	/** Resolves at the map's `load` (its style and first tiles in), even if that came before. */
	loaded: Promise<void>;
	/** Resolves once MapLibre has read the style and handed the basemap to its worker. */
	styled: Promise<void>;
}

let mapCode: Promise<[MapCode, Topology]> | null = null;
/** MapLibre (the largest download) and the basemap, requested once. */
function loadMapCode() {
	mapCode ??= Promise.all([
		import('./create-map').then((code) => {
			// MapLibre's workers start now, not when the map is created.
			code.prewarm();
			return code;
		}),
		fetch(basemapUrl).then((r) => {
			if (!r.ok) throw new Error(`basemap data could not be loaded (HTTP ${r.status})`);
			return r.json() as Promise<Topology>;
		})
	]);
	// A failure is reported by the component that awaits it; a later mount may try again.
	mapCode.catch(() => (mapCode = null));
	return mapCode;
}

function create([code, basemap]: [MapCode, Topology], container: HTMLElement, borders: boolean) {
	// Milestones for the bench (scripts/bench/load.ts, trace.ts), as on the bare page.
	performance.mark('echelon:map-code');
	const map = code.createMap({ container, basemap, showBorders: borders });
	performance.mark('echelon:map-created');
	const loaded = new Promise<void>((resolve) => map.once('load', () => resolve()));
	// MapLibre reads an inline style on the next animation frame; by `style.load` it has sent the
	// basemap to its worker, which then cuts it into tiles (the longest part of the first view).
	const styled = new Promise<void>((resolve) => map.once('style.load', () => resolve()));
	return { code, map, loaded, styled };
}

/** A map with the embedded style in `container`, once MapLibre and the basemap are in. */
export function createMapWhenLoaded(container: HTMLElement, borders: boolean): Promise<CreatedMap> {
	return loadMapCode().then((loaded) => create(loaded, container, borders));
}

// The map begun before the page mounted, until MapView takes it (once: a later mount makes its own).
let early: { container: HTMLElement; created: Promise<CreatedMap> } | null = null;

/** The map made for `container` before the page mounted, if there is one. */
export function takeEarlyMap(container: HTMLElement): Promise<CreatedMap> | null {
	const created = early?.container === container ? early.created : null;
	early = null;
	return created;
}

if (typeof window !== 'undefined') {
	// The server-rendered container of the page's map (MapView.svelte). Modern borders start hidden:
	// a link that shows them is read after hydration, and the Borders layer shows them then. Created in
	// the same callback that finds the code in, so no other queued work (hydration) comes between.
	const container = document.querySelector<HTMLElement>('[data-map-container]');
	if (container) {
		const created = createMapWhenLoaded(container, false);
		created.catch(() => {}); // reported by MapView, which awaits it
		early = { container, created };
	} else void loadMapCode().catch(() => {});
}
