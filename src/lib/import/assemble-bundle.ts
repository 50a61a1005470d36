/** An Echelon journey from its planned stops: the places, stops, legs, trip and source. */
import { formatHistoricalDate } from '$lib/format/dates';
import type { LegFeature, PlaceFeature, Source, StopFeature } from '$lib/journey/schema';
import type { JourneyBundle } from './bundle';
import { quote } from './issues';
import { slugify } from './journey-names';
import type { PlannedStop } from './plan-stops';

export function assembleBundle(planned: PlannedStop[], file: string, title: string): JourneyBundle {
	const id = slugify(title);
	const sourceId = `${id}-file`;
	const placePrefix = id.replace(/-/g, '_');
	const source: Source = {
		id: sourceId,
		author: '',
		title: file,
		year: null,
		language: 'und',
		kind: 'dataset',
		note: 'Imported from your file; Echelon has not checked it against other sources.'
	};
	const sources = [sourceId];
	const places: PlaceFeature[] = [];
	const stops: StopFeature[] = [];
	const legs: LegFeature[] = [];
	planned.forEach((p, k) => {
		const placeId = `${placePrefix}_${k + 1}`;
		places.push({
			type: 'Feature',
			id: placeId,
			geometry: { type: 'Point', coordinates: p.lngLat },
			properties: {
				id: placeId,
				name: p.name,
				modernName: p.name,
				localName: p.name,
				names: [],
				kind: 'landmark',
				// Unknown country: ISO 3166 reserves XX for user-assigned use.
				country: 'XX',
				coordSource: `your file ${quote(file, 80)}`,
				sources
			}
		});
		const stopId = `${p.date.date}-${placeId}`;
		stops.push({
			type: 'Feature',
			id: stopId,
			geometry: { type: 'Point', coordinates: p.lngLat },
			properties: {
				id: stopId,
				place: placeId,
				trip: 1,
				arrive: p.date,
				summary: p.note ?? p.name,
				grade: 'documented',
				sources
			}
		});
		const previous = stops[k - 1];
		const from = planned[k - 1];
		if (!previous || !from) return;
		const legId = `t01-${previous.properties.place}-${placeId}`;
		legs.push({
			type: 'Feature',
			id: legId,
			geometry: { type: 'LineString', coordinates: p.path ?? [from.lngLat, p.lngLat] },
			properties: {
				id: legId,
				trip: 1,
				from: previous.id,
				to: stopId,
				mode: p.mode ?? 'road',
				shape: p.path ? 'traced' : 'straight',
				grade: p.path ? 'documented' : 'reconstructed',
				...(!p.path && {
					reasoning: p.mode
						? 'Drawn as a straight line between the two stops: the file gives no route.'
						: 'Drawn as a straight line between the two stops: the file gives no route and no mode of travel, so it is shown as road.'
				}),
				sources
			}
		});
	});
	const first = planned[0];
	const last = planned[planned.length - 1];
	const start = first?.date ?? { date: '1970-01-01', precision: 'day' as const };
	const end = last?.date ?? start;
	return {
		meta: {
			id,
			title,
			// Dates as readers write them: `-0333-11-05` would read as a typo, `5 November 334 BC` does not.
			summary: `Your journey, imported from ${quote(file, 80)}: ${stops.length} stops from ${formatHistoricalDate(start)} to ${formatHistoricalDate(end)}.`,
			period: { start, end },
			region: { bbox: boundingBox(planned) },
			trips: [
				{
					number: 1,
					label: '1',
					title,
					start,
					end,
					grade: 'documented',
					sources
				}
			],
			claims: []
		},
		stops,
		legs,
		places,
		sources: [source]
	};
}

/** The journey's extent with a margin, never empty (w < e, s < n), inside the world. */
function boundingBox(planned: PlannedStop[]): [number, number, number, number] {
	let [w, s, e, n] = [180, 90, -180, -90];
	for (const p of planned) {
		for (const [x, y] of p.path ?? [p.lngLat]) {
			w = Math.min(w, x);
			e = Math.max(e, x);
			s = Math.min(s, y);
			n = Math.max(n, y);
		}
	}
	const margin = 0.01;
	return [
		Math.max(-180, w - margin),
		Math.max(-90, s - margin),
		Math.min(180, e + margin),
		Math.min(90, n + margin)
	];
}
