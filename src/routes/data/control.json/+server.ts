// Who held what, when (geodata/control/), as a prerendered JSON file (build/data/control.json),
// fetched only when the "Front" layer, a stop's context or the distance-to-front chart first needs
// it (src/lib/data/lazy-data.ts): it must add nothing to the first view.
import { json } from '@sveltejs/kit';
import { loadGeodata } from '$lib/data/geodata.server';
import type { RequestHandler } from './$types';

export const prerender = true;

export const GET: RequestHandler = () =>
	json({ type: 'FeatureCollection', features: loadGeodata().control ?? [] });
