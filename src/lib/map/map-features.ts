/**
 * GeoJSON for the map's journey sources. Each feature carries `key` = `<journey>/<id>`, unique across
 * journeys, which the map promotes to the feature id for feature-state (selected, visited, done), and
 * its journey's `color`. Stops also carry a label `rank` (lower is more important) and `label` on one
 * stop per place, so the overview names the places a reader looks for first.
 */
import type { FeatureCollection, LineString, Point } from 'geojson';
import type { Journey } from '../journey/types';
import type { Grade, LegFeature, Mode, Place, StopFeature } from '../journey/schema';
import { dayNumber } from '../journey/days';

export interface StopFeatureProps {
	key: string;
	id: string;
	journey: string;
	color: string;
	name: string;
	grade: Grade;
	rank: number;
	/** True on the one stop per place whose label is drawn. */
	label: boolean;
}

export interface LegFeatureProps {
	key: string;
	id: string;
	journey: string;
	color: string;
	grade: Grade;
	mode: Mode;
}

export const featureKey = (journeyId: string, id: string): string => `${journeyId}/${id}`;

/** Cities and ports first, halts last: what a reader looks for on an overview. */
const KIND_RANK: Record<Place['kind'], number> = {
	city: 0,
	port: 1,
	town: 1,
	residence: 1,
	island: 1,
	junction: 2,
	landmark: 2,
	pass: 2,
	station: 3,
	village: 3
};

/** Days spent at a stop (0 when undated or passed through). */
function stayDays(stop: StopFeature): number {
	const { arrive, depart } = stop.properties;
	if (!arrive || !depart) return 0;
	return dayNumber(depart.date) - dayNumber(arrive.date);
}

/**
 * A stop's label rank: the place's kind, raised where the journey did something (a stay of days, a
 * place returned to), lowered for a train merely passing through.
 */
export function labelRank(place: Place | undefined, stop: StopFeature, visits: number): number {
	const kind = place ? KIND_RANK[place.kind] : 3;
	const stay = stayDays(stop);
	const did = (stay >= 3 ? 2 : stay >= 1 ? 1 : 0) + (visits >= 3 ? 1 : 0);
	return kind - did + (stop.properties.passThrough ? 2 : 0);
}

export function stopFeatures(
	journeys: Journey[],
	places: Record<string, Place>,
	colors: Record<string, string>
): FeatureCollection<Point, StopFeatureProps> {
	const features = journeys.flatMap(({ meta, stops }) => {
		const visits = new Map<string, number>();
		for (const s of stops)
			visits.set(s.properties.place, (visits.get(s.properties.place) ?? 0) + 1);
		return stops.map((s) => {
			const place = places[s.properties.place];
			return {
				type: 'Feature' as const,
				geometry: s.geometry,
				properties: {
					key: featureKey(meta.id, s.id),
					id: s.id,
					journey: meta.id,
					color: colors[meta.id] ?? '#000000',
					name: place?.name ?? s.properties.place,
					grade: s.properties.grade,
					rank: labelRank(place, s, visits.get(s.properties.place) ?? 1),
					label: false
				}
			};
		});
	});
	// One label per place, across the journeys drawn: the best-ranked of its stops, so Moscow is not
	// written forty times, nor Kursk twice when both journeys pass it. A place is its name at its point
	// (two imported places may share a name and not a point).
	const best = new Map<string, StopFeatureProps>();
	for (const { properties: p, geometry } of features) {
		const key = `${p.name}@${geometry.coordinates.join(',')}`;
		const seen = best.get(key);
		if (!seen || p.rank < seen.rank) best.set(key, p);
	}
	for (const p of best.values()) p.label = true;
	return { type: 'FeatureCollection', features };
}

/**
 * How a leg's line is given to the map: as it is, until the code that brings long legs (imported GPS
 * logs: src/lib/ui/import/saved-journeys.ts) loads drawn-legs.ts, which draws those simplified. A hook
 * rather than an import, so the first view does not carry that code (docs/performance.md).
 */
export const legLines = { draw: (leg: LegFeature): LineString => leg.geometry };

export function legFeatures(
	journeys: Journey[],
	colors: Record<string, string>
): FeatureCollection<LineString, LegFeatureProps> {
	return {
		type: 'FeatureCollection',
		features: journeys.flatMap(({ meta, legs }) =>
			legs.map((l) => ({
				type: 'Feature' as const,
				geometry: legLines.draw(l),
				properties: {
					key: featureKey(meta.id, l.id),
					id: l.id,
					journey: meta.id,
					color: colors[meta.id] ?? '#000000',
					grade: l.properties.grade,
					mode: l.properties.mode
				}
			}))
		)
	};
}
