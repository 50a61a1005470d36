/**
 * Long legs (a GPS log of a million points, issue 18) as the route source draws them: simplified for
 * one zoom deeper than the map's deepest, at most ROUTE_MAX_VERTICES, and MapLibre's tiler simplifies
 * them further per zoom; the journey keeps its full line for distances and the marker. Loading this
 * module switches it on (map-features.ts, `legLines`): the code that brings such legs loads it
 * (src/lib/ui/import/saved-journeys.ts), so the first view does not carry it.
 */
import type { LegFeature, LngLat } from '$lib/journey/schema';
import { keptAt, lineZooms, WHOLE_LEG_VERTICES } from './line-zooms';
import { legLines } from './map-features';

/** One zoom deeper than the map's deepest (create-map.ts: maxZoom 12), for fractional zooms. */
export const ROUTE_ZOOM = 13;
/** The most vertices one leg is drawn with on the route. */
export const ROUTE_MAX_VERTICES = 50_000;

/** The line a leg is drawn with on the route: itself, or for a long leg the vertices that matter. */
export function drawnLine(leg: LegFeature): LegFeature['geometry'] {
	const { coordinates } = leg.geometry;
	if (coordinates.length <= WHOLE_LEG_VERTICES) return leg.geometry;
	// Keyed by the leg's id: the leg under way finds the same pass there (travelled.ts).
	const zooms = lineZooms(leg.id, coordinates.length, (i) => coordinates[i] ?? [0, 0]);
	const kept = keptAt(zooms, ROUTE_ZOOM, ROUTE_MAX_VERTICES);
	return {
		type: 'LineString',
		coordinates: Array.from(kept, (i): LngLat => coordinates[i] ?? [0, 0])
	};
}

legLines.draw = drawnLine;
