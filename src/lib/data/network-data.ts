/**
 * The period rail network as the browser receives it (build/data/network.json, fetched when the "Rail
 * network" layer is first turned on): a GeoJSON FeatureCollection of the sections, plus, as foreign
 * members, what a section's details panel shows beside them: the name of every station the sections
 * list and every source they cite (the page's own sources cover only the journeys).
 */
import type { Geodata } from '../journey/types';
import type { RailSectionFeature, Source } from '../journey/schema';

export interface NetworkData {
	type: 'FeatureCollection';
	features: RailSectionFeature[];
	/** Station names by place id. */
	stationNames: Record<string, string>;
	/** The sources the sections, their published lengths and their notes cite, by id. */
	sources: Record<string, Source>;
}

export function buildNetworkData(
	data: Pick<Geodata, 'network' | 'places' | 'sources'>
): NetworkData {
	const stations = new Set<string>();
	const cited = new Set<string>();
	for (const { properties: p } of data.network) {
		p.stations.forEach((id) => stations.add(id));
		[...p.sources, ...(p.publishedLength?.sources ?? [])].forEach((id) => cited.add(id));
		p.notes?.forEach((n) => n.sources.forEach((id) => cited.add(id)));
	}
	return {
		type: 'FeatureCollection',
		features: data.network,
		stationNames: Object.fromEntries(
			data.places.filter((p) => stations.has(p.id)).map((p) => [p.id, p.properties.name])
		),
		sources: Object.fromEntries(data.sources.filter((s) => cited.has(s.id)).map((s) => [s.id, s]))
	};
}
