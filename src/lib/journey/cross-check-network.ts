/** A network section: its stations are vertices of its line, its lengths agree with its geometry. */
import { length, lineString } from '@turf/turf';
import type { GeodataIssue } from './types';
import type { LngLat } from './schema';
import { NETWORK_FILE, PUBLISHED_LENGTH_TOLERANCE, vertexKey } from './cross-check-kit';

export function checkSection(
	section: {
		id: string;
		geometry: { coordinates: LngLat[] };
		properties: {
			stations: string[];
			computedLengthKm: number;
			publishedLengthKm?: number | undefined;
		};
	},
	places: Map<string, { geometry: { coordinates: LngLat } }>,
	issues: GeodataIssue[]
): void {
	const coords = section.geometry.coordinates;
	const keys = new Set(coords.map(vertexKey));
	const { stations, computedLengthKm, publishedLengthKm } = section.properties;
	stations.forEach((id, i) => {
		const place = places.get(id);
		if (!place) {
			issues.push({
				file: NETWORK_FILE,
				feature: section.id,
				path: `properties.stations.${i}`,
				message: `place "${id}" is not in geodata/places.geojson`
			});
		} else if (!keys.has(vertexKey(place.geometry.coordinates))) {
			issues.push({
				file: NETWORK_FILE,
				feature: section.id,
				path: `properties.stations.${i}`,
				message: `station "${id}" is not a vertex of the line: station vertices must equal the place's coordinate (run npm run geodata:build)`
			});
		}
	});
	const measuredKm = length(lineString(coords), { units: 'kilometers' });
	if (Math.abs(measuredKm - computedLengthKm) > Math.max(0.5, measuredKm * 0.005)) {
		issues.push({
			file: NETWORK_FILE,
			feature: section.id,
			path: 'properties.computedLengthKm',
			message: `computedLengthKm is ${computedLengthKm} but the geometry measures ${measuredKm.toFixed(1)} km: re-run the network build`
		});
	}
	if (
		publishedLengthKm !== undefined &&
		Math.abs(measuredKm - publishedLengthKm) > publishedLengthKm * PUBLISHED_LENGTH_TOLERANCE
	) {
		issues.push({
			file: NETWORK_FILE,
			feature: section.id,
			path: 'geometry',
			message: `the line measures ${measuredKm.toFixed(1)} km against a published ${publishedLengthKm} km (over ${PUBLISHED_LENGTH_TOLERANCE * 100}% off): add intermediate stations or shape points`
		});
	}
}
