/**
 * GeoJSON for the map's journey sources. Each feature carries `key` = `<journey>/<id>`, unique across
 * journeys, which the map promotes to the feature id for feature-state (selected, visited, done).
 */
import type { FeatureCollection, LineString, Point } from 'geojson';
import type { Journey } from '../journey/types';
import type { Grade, Mode, Place } from '../journey/schema';

export interface StopFeatureProps {
	key: string;
	id: string;
	journey: string;
	name: string;
	grade: Grade;
}

export interface LegFeatureProps {
	key: string;
	id: string;
	journey: string;
	grade: Grade;
	mode: Mode;
}

export const featureKey = (journeyId: string, id: string): string => `${journeyId}/${id}`;

export function stopFeatures(
	journeys: Journey[],
	places: Record<string, Place>
): FeatureCollection<Point, StopFeatureProps> {
	return {
		type: 'FeatureCollection',
		features: journeys.flatMap(({ meta, stops }) =>
			stops.map((s) => ({
				type: 'Feature' as const,
				geometry: s.geometry,
				properties: {
					key: featureKey(meta.id, s.id),
					id: s.id,
					journey: meta.id,
					name: places[s.properties.place]?.name ?? s.properties.place,
					grade: s.properties.grade
				}
			}))
		)
	};
}

export function legFeatures(journeys: Journey[]): FeatureCollection<LineString, LegFeatureProps> {
	return {
		type: 'FeatureCollection',
		features: journeys.flatMap(({ meta, legs }) =>
			legs.map((l) => ({
				type: 'Feature' as const,
				geometry: l.geometry,
				properties: {
					key: featureKey(meta.id, l.id),
					id: l.id,
					journey: meta.id,
					grade: l.properties.grade,
					mode: l.properties.mode
				}
			}))
		)
	};
}
