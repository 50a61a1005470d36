// The files as GDAL reads them (the engine under QGIS): the built journeys and every download. Needs
// `ogrinfo` (Debian gdal-bin, installed by .ci/run); without it this test fails, it never skips.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parseGeodata } from '../../src/lib/journey/geodata';
import { readGeodataFiles } from '../../scripts/lib/read-geodata-files';
import { DATA_FORMATS } from '../../src/lib/export/formats';
import { exportLibrary } from '../../src/lib/export/export-input';

const root = fileURLToPath(new URL('../..', import.meta.url));
const parsed = parseGeodata(readGeodataFiles(root));
if (!parsed.ok) throw new Error('geodata/ does not load');
const library = exportLibrary(parsed.data);

/** `ogrinfo -so` of one layer (or all): its summary with feature count and field types. */
const ogrinfo = (file: string, ...args: string[]): string =>
	execFileSync('ogrinfo', ['-ro', '-so', '-al', ...args, file], { encoding: 'utf8' });
const featureCount = (summary: string, layer?: string): number => {
	const part = layer ? summary.slice(summary.indexOf(`Layer name: ${layer}`)) : summary;
	return Number(part.match(/Feature Count: (\d+)/)?.[1]);
};
const fieldType = (summary: string, field: string): string | undefined =>
	summary.match(new RegExp(`^${field}: (\\S+)`, 'm'))?.[1];

describe.each(parsed.data.journeys.map((j) => [j.meta.id, j] as const))('%s', (id, journey) => {
	it('built stops and legs: flat dates are Date columns for QGIS', () => {
		const stops = ogrinfo(join(root, `geodata/journeys/${id}/stops.geojson`));
		expect(featureCount(stops)).toBe(journey.stops.length);
		expect(fieldType(stops, 'arriveDate')).toBe('Date');
		expect(fieldType(stops, 'departDate')).toBe('Date');
		const legs = ogrinfo(join(root, `geodata/journeys/${id}/legs.geojson`));
		expect(featureCount(legs)).toBe(journey.legs.length);
		expect(fieldType(legs, 'startDate')).toBe('Date');
		expect(fieldType(legs, 'endDate')).toBe('Date');
	});

	it('every download opens in GDAL with its features', () => {
		const dir = mkdtempSync(join(tmpdir(), 'echelon-ogr-'));
		const input = { journey, ...library };
		const file = (formatId: string): string => {
			const format = DATA_FORMATS.find((f) => f.id === formatId)!;
			const path = join(dir, format.fileName(input).replace(/\.jsonld$/, '.json'));
			writeFileSync(path, format.build(input, 'https://example.org/'));
			return path;
		};
		const places = new Set(journey.stops.map((s) => s.properties.place)).size;
		const trips = new Set(journey.legs.map((l) => l.properties.trip)).size;

		const geojson = ogrinfo(file('geojson'));
		expect(featureCount(geojson)).toBe(journey.stops.length + journey.legs.length);
		expect(fieldType(geojson, 'arriveDate')).toBe('Date');

		const csv = ogrinfo(
			file('csv'),
			'-oo',
			'X_POSSIBLE_NAMES=longitude',
			'-oo',
			'Y_POSSIBLE_NAMES=latitude',
			'-oo',
			'AUTODETECT_TYPE=YES'
		);
		expect(featureCount(csv)).toBe(journey.stops.length);
		expect(fieldType(csv, 'arrive_date')).toBe('Date');
		expect(csv).toMatch(/Geometry: Point/);

		const gpx = ogrinfo(file('gpx'));
		expect(featureCount(gpx, 'waypoints')).toBe(journey.stops.length);
		expect(featureCount(gpx, 'tracks')).toBe(trips);

		expect(featureCount(ogrinfo(file('lpf')))).toBe(places);
	});
});
