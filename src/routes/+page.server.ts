import { loadGeodata } from '$lib/data/geodata.server';
import { buildClientData } from '$lib/data/client-data';
import { packJourneys } from '$lib/data/packed-lines';
import type { PageServerLoad } from './$types';

// Inlined in the prerendered page: only what the first view draws, with the legs in their packed wire
// form (packed-lines.ts; +page.svelte unpacks them). The sources and the distances view are prerendered
// JSON files the page fetches later (src/routes/data/, src/lib/data/lazy-data.ts).
export const load: PageServerLoad = () => {
	const { journeys, places } = buildClientData(loadGeodata());
	return { geodata: { journeys: packJourneys(journeys), places } };
};
