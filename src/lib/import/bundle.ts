/**
 * Echelon's own journey file: one GeoJSON FeatureCollection whose features are the journey's stops
 * (Points) and legs (LineStrings), exactly as in `geodata/journeys/<id>/`, with the journey's meta,
 * the places its stops name and the sources they cite in the foreign member `echelon`. It opens in
 * QGIS or geojson.io as it is, and it is what Export writes, what IndexedDB keeps and what every
 * other format is converted into before it is validated.
 */
import type { JourneyDistanceView } from '$lib/journey/distance-view';
import type {
	JourneyMeta,
	LegFeature,
	PlaceFeature,
	Source,
	StopFeature
} from '$lib/journey/schema';

export const BUNDLE_FORMAT = 'echelon-journey';
export const BUNDLE_VERSION = 1;

export interface JourneyBundle {
	meta: JourneyMeta;
	stops: StopFeature[];
	legs: LegFeature[];
	places: PlaceFeature[];
	sources: Source[];
}

export interface EchelonGeoJSON {
	type: 'FeatureCollection';
	echelon: {
		format: typeof BUNDLE_FORMAT;
		version: typeof BUNDLE_VERSION;
		meta: JourneyMeta;
		places: PlaceFeature[];
		sources: Source[];
	};
	features: (StopFeature | LegFeature)[];
}

/** The journey as Echelon GeoJSON (what Export downloads). */
export function bundleToGeoJSON(bundle: JourneyBundle): EchelonGeoJSON {
	return {
		type: 'FeatureCollection',
		echelon: {
			format: BUNDLE_FORMAT,
			version: BUNDLE_VERSION,
			meta: bundle.meta,
			places: bundle.places,
			sources: bundle.sources
		},
		features: [...bundle.stops, ...bundle.legs]
	};
}

/** A file name for the export: `my-trip.echelon.geojson`. */
export function exportFileName(bundle: JourneyBundle): string {
	return `${bundle.meta.id}.echelon.geojson`;
}

/** An imported journey as the page holds it: the journey file and its Distances panel totals. */
export interface ImportedJourney {
	bundle: JourneyBundle;
	distances?: JourneyDistanceView;
	/** SHA-256 of the file it came from, to ask before the same file is imported again. */
	hash?: string;
}

/** Does a parsed JSON value claim to be an Echelon journey file? */
export function isEchelonGeoJSON(raw: unknown): boolean {
	return (
		typeof raw === 'object' &&
		raw !== null &&
		'echelon' in raw &&
		typeof raw.echelon === 'object' &&
		raw.echelon !== null &&
		'format' in raw.echelon &&
		raw.echelon.format === BUNDLE_FORMAT
	);
}
