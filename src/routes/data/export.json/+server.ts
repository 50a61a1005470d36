// Every place (with its coordinate) and every source, as a prerendered JSON file fetched only when the
// reader downloads a flagship journey's data: the page itself carries just what it draws, and the
// exports need the places legs pass through and the sources notes cite as well.
import { json } from '@sveltejs/kit';
import { loadGeodata } from '$lib/data/geodata.server';
import { exportLibrary } from '$lib/export/export-input';
import type { RequestHandler } from './$types';

export const prerender = true;

export const GET: RequestHandler = () => json(exportLibrary(loadGeodata()));
