/**
 * What every export is built from: one journey (flagship or imported) with the places (with their
 * coordinates) and the sources it may name. For a flagship journey that is the whole gazetteer and
 * bibliography (/data/export.json); for an imported one its own file's. Pure: no DOM, so each format
 * is tested in Node.
 */
import type { Geodata, Journey } from '$lib/journey/types';
import type { Place, PlaceFeature, Source, StopFeature } from '$lib/journey/schema';

export interface ExportInput {
	journey: Journey;
	places: Readonly<Record<string, PlaceFeature>>;
	sources: Readonly<Record<string, Source>>;
}

/**
 * The GeoNames id a place's coordinate was taken from, as its `coordSource` cites it ("…, geonameid
 * 524901"). Read from the data, never looked up or guessed: a place without one has none.
 */
export function geonamesId(place: Place | undefined): string | undefined {
	return place?.coordSource.match(/\bgeonameid\s+(\d+)\b/i)?.[1];
}

/** GeoNames' stable URI for a feature (its Linked Data form). */
export const geonamesUri = (id: string): string => `https://sws.geonames.org/${id}/`;

/** The places the journey's stops name, in journey order. */
export function visitedPlaces(input: ExportInput): PlaceFeature[] {
	const ids = new Set(input.journey.stops.map((s) => s.properties.place));
	return [...ids].flatMap((id) => input.places[id] ?? []);
}

/** Every place the journey names: its stops' and those its legs pass through (`via`). */
export function namedPlaces(input: ExportInput): PlaceFeature[] {
	const ids = new Set(input.journey.stops.map((s) => s.properties.place));
	for (const leg of input.journey.legs) leg.properties.via?.forEach((id) => ids.add(id));
	return [...ids].flatMap((id) => input.places[id] ?? []);
}

/** A place's properties by id. */
export const placeOf = (input: ExportInput, id: string): Place | undefined =>
	input.places[id]?.properties;

/** The stops at each place, in journey order. */
export function stopsByPlace(stops: readonly StopFeature[]): Map<string, StopFeature[]> {
	const byPlace = new Map<string, StopFeature[]>();
	for (const s of stops) {
		const list = byPlace.get(s.properties.place) ?? [];
		list.push(s);
		byPlace.set(s.properties.place, list);
	}
	return byPlace;
}

/** Every source id cited anywhere in a value (the `sources` arrays at any depth). */
export function citedSourceIds(value: unknown, into = new Set<string>()): Set<string> {
	if (Array.isArray(value)) value.forEach((v) => citedSourceIds(v, into));
	else if (value && typeof value === 'object') {
		for (const [key, v] of Object.entries(value)) {
			if (key === 'sources' && Array.isArray(v)) v.forEach((id) => into.add(String(id)));
			else citedSourceIds(v, into);
		}
	}
	return into;
}

/** The sources a set of items cites, in the order first cited; ids not in the bibliography skipped. */
export function citedSources(input: ExportInput, items: unknown): Source[] {
	return [...citedSourceIds(items)].flatMap((id) => input.sources[id] ?? []);
}

/** A source as one line of text: "Author, Title, vol. 2, p. 12 (1930) [ru] <url>". */
export function citationText(s: Source): string {
	// Some entries already write their prefix ("vol. 1", "ch. 33"): add it only where missing.
	const prefixed = (prefix: string, value: string | undefined) =>
		value && (/^(vol|ch|pp?)\./i.test(value) ? value : `${prefix} ${value}`);
	const locator = [prefixed('vol.', s.volume), prefixed('ch.', s.chapter), prefixed('p.', s.pages)]
		.filter(Boolean)
		.join(', ');
	return [
		s.author ? `${s.author}, ` : '',
		s.title,
		locator ? `, ${locator}` : '',
		s.year ? ` (${s.year})` : '',
		s.language && s.language !== 'en' ? ` [${s.language}]` : '',
		s.url ? ` ${s.url}` : ''
	].join('');
}

/** A file name stem for a journey's downloads: `echelon-train`. */
export const fileStem = (input: ExportInput): string => `echelon-${input.journey.meta.id}`;

/** The gazetteer and bibliography a flagship export draws on (served as /data/export.json). */
export type ExportLibrary = Pick<ExportInput, 'places' | 'sources'>;

export function exportLibrary(data: Pick<Geodata, 'places' | 'sources'>): ExportLibrary {
	return {
		places: Object.fromEntries(data.places.map((p) => [p.id, p])),
		sources: Object.fromEntries(data.sources.map((s) => [s.id, s]))
	};
}
