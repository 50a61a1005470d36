import { loadGeodata } from '$lib/data/geodata.server';
import { buildMapView } from '$lib/journey/map-view';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = () => ({ view: buildMapView(loadGeodata()) });
