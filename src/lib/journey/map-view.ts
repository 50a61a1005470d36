/**
 * The slice of validated geodata the map and its panels draw: stops joined with their place names,
 * legs with their journey, as GeoJSON ready for MapLibre sources. Built once at build time.
 */
import type { Feature, FeatureCollection, LineString, Point } from 'geojson';
import type { Geodata } from './geodata';
import type { Grade, HistoricalDate, Mode } from './schema';

export interface StopView {
	id: string;
	journey: string;
	trip: number;
	place: string;
	name: string;
	modernName: string;
	localName: string;
	arrive?: HistoricalDate;
	depart?: HistoricalDate;
	summary: string;
	grade: Grade;
	sources: string[];
}

export interface LegView {
	id: string;
	journey: string;
	trip: number;
	mode: Mode;
	grade: Grade;
}

export interface JourneySummary {
	id: string;
	title: string;
	subtitle?: string;
	stopCount: number;
	legCount: number;
	tripCount: number;
}

export interface MapView {
	journeys: JourneySummary[];
	stops: FeatureCollection<Point, StopView>;
	legs: FeatureCollection<LineString, LegView>;
	sources: Record<string, { title: string; author: string; year: number | null; url?: string }>;
}

export function buildMapView(data: Geodata): MapView {
	const places = new Map(data.places.map((p) => [p.id, p.properties]));
	const stops: Feature<Point, StopView>[] = [];
	const legs: Feature<LineString, LegView>[] = [];
	for (const { meta, stops: journeyStops, legs: journeyLegs } of data.journeys) {
		for (const stop of journeyStops) {
			const p = stop.properties;
			const place = places.get(p.place);
			stops.push({
				type: 'Feature',
				id: stop.id,
				geometry: stop.geometry,
				properties: {
					id: stop.id,
					journey: meta.id,
					trip: p.trip,
					place: p.place,
					name: place?.name ?? p.place,
					modernName: place?.modernName ?? p.place,
					localName: place?.localName ?? '',
					...(p.arrive && { arrive: p.arrive }),
					...(p.depart && { depart: p.depart }),
					summary: p.summary,
					grade: p.grade,
					sources: p.sources
				}
			});
		}
		for (const leg of journeyLegs) {
			const p = leg.properties;
			legs.push({
				type: 'Feature',
				id: leg.id,
				geometry: leg.geometry,
				properties: { id: leg.id, journey: meta.id, trip: p.trip, mode: p.mode, grade: p.grade }
			});
		}
	}
	return {
		journeys: data.journeys.map(({ meta, stops: s, legs: l }) => ({
			id: meta.id,
			title: meta.title,
			...(meta.subtitle && { subtitle: meta.subtitle }),
			stopCount: s.length,
			legCount: l.length,
			tripCount: meta.trips.length
		})),
		stops: { type: 'FeatureCollection', features: stops },
		legs: { type: 'FeatureCollection', features: legs },
		sources: Object.fromEntries(
			data.sources.map((s) => [
				s.id,
				{ title: s.title, author: s.author, year: s.year, ...(s.url && { url: s.url }) }
			])
		)
	};
}
