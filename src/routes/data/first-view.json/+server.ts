// What the first view draws, as a prerendered JSON file: the journeys with their legs in their packed
// wire form (packed-lines.ts; +page.svelte unpacks them) and the places they name. The page's load
// (src/routes/+page.ts) fetches it while the page is prerendered, so SvelteKit writes it into the
// HTML as JSON text, which the browser parses with JSON.parse when the page starts, rather than as a
// script the HTML parser must compile before it goes on (docs/performance.md). The sources and the
// distances view are other prerendered files, fetched later (src/lib/data/lazy-data.ts).
import { json } from '@sveltejs/kit';
import { loadGeodata } from '$lib/data/geodata.server';
import { buildClientData } from '$lib/data/client-data';
import { packJourneys } from '$lib/data/packed-lines';
import type { RequestHandler } from './$types';

export const prerender = true;

export const GET: RequestHandler = () => {
	const { journeys, places } = buildClientData(loadGeodata());
	return json({ journeys: packJourneys(journeys), places });
};
