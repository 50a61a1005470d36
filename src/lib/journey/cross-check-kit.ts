/**
 * What the cross-file checks share: the context a journey is checked in (citations, places, the
 * network's vertices and opening dates) and small helpers. Issues are values, never thrown.
 */
import type { GeodataIssue } from './types';
import type { HistoricalDate, LngLat, Note } from './schema';

/** How far a leg's end may lie from its stop's place. */
export const LEG_END_TOLERANCE_KM = 2;
/** How far a section's computed length may differ from its published one. */
export const PUBLISHED_LENGTH_TOLERANCE = 0.05;

export const NETWORK_FILE = 'geodata/networks/rail-1918.geojson';
export const PLACES_FILE = 'geodata/places.geojson';
export const CONTROL_FILE = 'geodata/control/control.geojson';

export interface JourneyContext {
	cite: (file: string, feature: string | undefined, path: string, ids: string[]) => void;
	citeNotes: (file: string, feature: string | undefined, path: string, notes?: Note[]) => void;
	placeExists: (file: string, feature: string, path: string, id: string) => void;
	places: Map<string, { geometry: { coordinates: LngLat } }>;
	vertexKeys: Set<string>;
	sectionOpened: Map<string, string>;
}

/** A test for "inside the journey's region" ([west, south, east, north]). */
export function regionTest([w, s, e, n]: readonly number[]): (c: LngLat) => boolean {
	return ([x, y]) => x >= (w ?? -180) && x <= (e ?? 180) && y >= (s ?? -90) && y <= (n ?? 90);
}

export function regionIssue(
	file: string,
	feature: string,
	c: LngLat,
	bbox: readonly number[]
): GeodataIssue {
	return {
		file,
		feature,
		path: 'geometry',
		message: `coordinate [${c.join(', ')}] lies outside the journey's region ${JSON.stringify(bbox)}: check for swapped lng/lat`
	};
}

/** Coordinates are compared at 1e-5° (about a metre), the precision the data is written at. */
export function vertexKey([x, y]: LngLat): string {
	return `${x.toFixed(5)},${y.toFixed(5)}`;
}

export function earliestDate(a?: HistoricalDate, b?: HistoricalDate): string | undefined {
	return a?.date ?? b?.date;
}

export function duplicates(ids: string[]): string[] {
	const seen = new Set<string>();
	const dup = new Set<string>();
	for (const id of ids) (seen.has(id) ? dup : seen).add(id);
	return [...dup];
}
