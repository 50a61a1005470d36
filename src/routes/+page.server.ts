import { loadGeodata } from '$lib/data/geodata.server';
import { buildClientData } from '$lib/journey/client-data';
import { buildDistanceView } from '$lib/journey/distance-view';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = () => {
	const geodata = loadGeodata();
	return { geodata: buildClientData(geodata), distances: buildDistanceView(geodata) };
};
