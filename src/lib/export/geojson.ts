/**
 * Echelon's own GeoJSON (the journey file Import reads back), with the flat ISO date fields GDAL and
 * QGIS need on every stop and leg, also for an imported journey built before they existed.
 */
import { bundleToGeoJSON, type EchelonGeoJSON } from '$lib/import/bundle';
import { withLegDates, withStopDates } from '$lib/journey/flat-dates';
import { citedSources, namedPlaces, type ExportInput } from './export-input';

export function echelonGeoJSON(input: ExportInput): EchelonGeoJSON {
	const { meta, legs } = input.journey;
	const stops = input.journey.stops.map(withStopDates);
	const stopById = new Map(stops.map((s) => [s.id, s]));
	const places = namedPlaces(input);
	return bundleToGeoJSON({
		meta,
		stops,
		legs: legs.map((l) => withLegDates(l, stopById)),
		places,
		sources: citedSources(input, [meta, stops, legs, places.map((p) => p.properties)])
	});
}
