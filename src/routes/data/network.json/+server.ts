// The period rail network (geodata/networks/), as a prerendered JSON file (build/data/network.json),
// fetched only when the "Rail network" layer or a section's details are first wanted
// (src/lib/data/lazy-data.ts): it must add nothing to the first view. With the sections come their
// stations' names and their sources, for the section's details (network-data.ts).
import { json } from '@sveltejs/kit';
import { loadGeodata } from '$lib/data/geodata.server';
import { buildNetworkData } from '$lib/data/network-data';
import type { RequestHandler } from './$types';

export const prerender = true;

export const GET: RequestHandler = () => json(buildNetworkData(loadGeodata()));
