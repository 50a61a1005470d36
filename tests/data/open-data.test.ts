// The open-data downloads built from the real journeys: the LPF file valid against the World Historical
// Gazetteer's own schema, GeoNames links exactly where the data cites an id, GeoJSON that Import reads
// back, CSV and GPX that parse back to the same stops.
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import Papa from 'papaparse';
import { readGpxText } from '../../src/lib/import/gpx-stream';
import { parseGeodata } from '../../src/lib/journey/geodata';
import { buildClientData } from '../../src/lib/data/client-data';
import { readGeodataFiles } from '../../scripts/lib/read-geodata-files';
import { parseImport } from '../../src/lib/import/import-file';
import { DATA_FORMATS } from '../../src/lib/export/formats';
import { exportLibrary, geonamesId, type ExportInput } from '../../src/lib/export/export-input';
import { STOP_COLUMNS } from '../../src/lib/export/csv';
import { lpfProblems } from '../fixtures/lpf/validate-lpf';

const root = fileURLToPath(new URL('../..', import.meta.url));
const parsed = parseGeodata(readGeodataFiles(root));
if (!parsed.ok) throw new Error('geodata/ does not load');
// What the page exports from: its journeys, and the library /data/export.json serves.
const library = exportLibrary(parsed.data);
const inputs: ExportInput[] = buildClientData(parsed.data).journeys.map((journey) => ({
	journey,
	...library
}));
const APP = 'https://example.org/echelon/';
const build = (id: string, input: ExportInput) =>
	DATA_FORMATS.find((f) => f.id === id)!.build(input, APP);

it('the LPF validator rejects a record the schema forbids', () => {
	const bad = { features: [{ '@id': 'x', type: 'Feature', properties: {}, extra: 1 }] };
	expect(Object.keys(lpfProblems(bad))).toEqual(['x']);
});

describe.each(inputs.map((i) => [i.journey.meta.id, i] as const))('%s downloads', (_, input) => {
	const { stops } = input.journey;

	it('LPF: every place record is valid against the WHG schema, with GeoNames links where cited', () => {
		const lpf = JSON.parse(build('lpf', input));
		expect(lpf['@context']).toMatch(/linkedplaces-context/);
		const places = new Set(stops.map((s) => s.properties.place));
		expect(lpf.features).toHaveLength(places.size);
		expect(lpfProblems(lpf)).toEqual({});
		const withId = [...places].filter((p) => geonamesId(library.places[p]?.properties));
		expect(withId.length).toBeGreaterThan(0);
		const linked = lpf.features.filter((f: { links: unknown[] }) => f.links.length > 0);
		expect(linked).toHaveLength(withId.length);
		const moscow = lpf.features.find(
			(f: { properties: { title: string } }) => f.properties.title === 'Moscow'
		);
		if (moscow)
			expect(moscow.links).toEqual([
				{ type: 'closeMatch', identifier: 'https://sws.geonames.org/524901/' }
			]);
	});

	it('GeoJSON: flat ISO dates beside the structured ones, and Import reads it back whole', () => {
		const text = build('geojson', input);
		const fc = JSON.parse(text);
		const stopFeatures = fc.features.filter(
			(f: { geometry: { type: string } }) => f.geometry.type === 'Point'
		);
		expect(stopFeatures).toHaveLength(stops.length);
		for (const f of stopFeatures) {
			expect(f.properties.arriveDate).toBe(f.properties.arrive?.date);
			expect(f.properties.departDate).toBe(f.properties.depart?.date);
		}
		// The one thing Import cannot check in a flagship file is a routed leg (it has no 1918 network):
		// it skips those (the reader is asked first); nothing else in the file is a problem.
		const result = parseImport(
			{ name: 'x.echelon.geojson', text },
			{ journeyIds: [], places: {}, sources: {} }
		);
		if (!result.ok) throw new Error(JSON.stringify(result.issues.slice(0, 3)));
		const issues = result.skipped;
		const routed = input.journey.legs.filter((l) => l.properties.shape === 'routed');
		expect(issues.filter((i) => !(i.skippable && i.field === 'properties.shape'))).toEqual([]);
		expect(issues).toHaveLength(routed.length);
		expect(result.bundle.stops.map((s) => s.id)).toEqual(stops.map((s) => s.id));
	});

	it('CSV: one row a stop, in order, with every column', () => {
		const { data, meta } = Papa.parse<Record<string, string>>(build('csv', input), {
			header: true,
			skipEmptyLines: true
		});
		expect(meta.fields).toEqual([...STOP_COLUMNS]);
		expect(data.map((r) => r.id)).toEqual(stops.map((s) => s.id));
		expect(data.map((r) => r.arrive_date)).toEqual(
			stops.map((s) => s.properties.arrive?.date ?? '')
		);
		expect(data.every((r) => r.citations && r.grade)).toBe(true);
	});

	it('GPX: a waypoint per stop and a track per trip, as the importer reads it', () => {
		const fc = readGpxText(build('gpx', input));
		expect(fc.error).toBeUndefined();
		const points = fc.features.filter((f) => f.geometry?.type === 'Point');
		const tracks = fc.features.filter((f) => f.geometry?.type !== 'Point');
		expect(points).toHaveLength(stops.length);
		expect(tracks).toHaveLength(new Set(input.journey.legs.map((l) => l.properties.trip)).size);
	});
});
