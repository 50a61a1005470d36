// The first view's journeys and places (src/routes/data/first-view.json). Fetched here, in a universal
// load, so that SvelteKit inlines the response into the prerendered page as JSON and reads it from
// there on the way to hydration: no request, and no data in the page's start-up script.
import { resolve } from '$app/paths';
import type { PackedJourneys } from '$lib/data/packed-lines';
import type { Place } from '$lib/journey/schema';
import type { PageLoad } from './$types';

export const load: PageLoad = async ({ fetch }) => {
	const response = await fetch(resolve('/data/first-view.json'));
	if (!response.ok) throw new Error(`the journeys could not be loaded (HTTP ${response.status})`);
	return {
		geodata: (await response.json()) as { journeys: PackedJourneys; places: Record<string, Place> }
	};
};
