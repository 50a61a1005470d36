// The Distances panel's data (`buildDistanceView`), as a prerendered JSON file
// (build/data/distances.json), fetched when the panel first opens (src/lib/data/lazy-data.ts).
import { json } from '@sveltejs/kit';
import { loadGeodata } from '$lib/data/geodata.server';
import { buildDistanceView } from '$lib/journey/distance-view';
import type { RequestHandler } from './$types';

export const prerender = true;

export const GET: RequestHandler = () => json(buildDistanceView(loadGeodata()));
