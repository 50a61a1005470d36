/** The open-data downloads, each a file name, a media type and its text built from the journey. */
import { stopsCsv } from './csv';
import { echelonGeoJSON } from './geojson';
import { journeyGpx } from './gpx';
import { linkedPlaces } from './lpf';
import { fileStem, type ExportInput } from './export-input';

export interface DataFormat {
	id: 'geojson' | 'csv' | 'gpx' | 'lpf';
	label: string;
	/** What the reader gets, in a few words. */
	hint: string;
	fileName(input: ExportInput): string;
	mime: string;
	build(input: ExportInput, appUrl: string): string;
}

const json = (value: unknown): string => JSON.stringify(value, null, '\t') + '\n';

export const DATA_FORMATS: readonly DataFormat[] = [
	{
		id: 'geojson',
		label: 'GeoJSON',
		hint: 'stops and legs with sources; opens in QGIS and re-imports here',
		fileName: (i) => `${fileStem(i)}.echelon.geojson`,
		mime: 'application/geo+json',
		build: (i) => json(echelonGeoJSON(i))
	},
	{
		id: 'csv',
		label: 'CSV of stops',
		hint: 'one row a stop: dates, place, grade, citations',
		fileName: (i) => `${fileStem(i)}-stops.csv`,
		mime: 'text/csv',
		build: (i) => stopsCsv(i)
	},
	{
		id: 'gpx',
		label: 'GPX',
		hint: 'stops as waypoints, trips as tracks',
		fileName: (i) => `${fileStem(i)}.gpx`,
		mime: 'application/gpx+xml',
		build: (i) => journeyGpx(i)
	},
	{
		id: 'lpf',
		label: 'Linked Places (LPF)',
		hint: 'the places as gazetteer records with GeoNames links',
		fileName: (i) => `${fileStem(i)}-places.lpf.jsonld`,
		mime: 'application/ld+json',
		build: (i, appUrl) => json(linkedPlaces(i, appUrl))
	}
];
