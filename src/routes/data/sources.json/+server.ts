// The sources the journeys cite, as a prerendered JSON file (build/data/sources.json). Not inlined in
// the page: the first view does not cite anything, so the page fetches them after it has drawn
// (src/lib/data/lazy-data.ts). Keeps the first view inside its data budget (docs/performance.md).
import { json } from '@sveltejs/kit';
import { loadGeodata } from '$lib/data/geodata.server';
import { buildClientData } from '$lib/data/client-data';
import type { RequestHandler } from './$types';

export const prerender = true;

export const GET: RequestHandler = () => json(buildClientData(loadGeodata()).sources);
