// The first view's journeys and places (src/routes/data/first-view.json). Fetched here, in a universal
// load, so that SvelteKit inlines the response into the prerendered page as JSON and reads it from
// there on the way to hydration: no request, and no data in the page's start-up script.
import { browser } from '$app/environment';
import { resolve } from '$app/paths';
import type { PackedJourneys } from '$lib/data/packed-lines';
import type { Place } from '$lib/journey/schema';
import { mapStarted } from '$lib/map/load-map';
import type { PageLoad } from './$types';

/** How long the page's hydration may wait for the map to be created (src/lib/map/load-map.ts). */
const MAP_FIRST_LIMIT_MS = 500;

export const load: PageLoad = async ({ fetch }) => {
	const response = await fetch(resolve('/data/first-view.json'));
	if (!response.ok) throw new Error(`the journeys could not be loaded (HTTP ${response.status})`);
	const geodata = (await response.json()) as {
		journeys: PackedJourneys;
		places: Record<string, Place>;
	};
	// The map first: its creation is the start of the longest path to the first view, and the page's
	// controls hydrate while MapLibre loads its tiles (docs/performance.md, "Load time").
	if (browser) await mapStarted(MAP_FIRST_LIMIT_MS);
	return { geodata };
};
