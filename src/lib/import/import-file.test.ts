import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildJourneyIndex } from '$lib/journey/journey-index';
import { buildDistanceView } from '$lib/journey/distance-view';
import { bundleToGeoJSON } from './bundle';
import { toClientJourney } from './client-journey';
import { parseImport, restoreImport, type ImportResult } from './import-file';
import { formatImportIssue } from './issues';
import { MAX_FILE_BYTES, MAX_TRACK_POINTS } from './limits';
import type { TakenIds } from './collisions';

const fixture = (name: string) => ({
	name,
	text: readFileSync(new URL(`../../../tests/fixtures/import/${name}`, import.meta.url), 'utf8')
});
const none: TakenIds = { journeyIds: [], places: {}, sources: {} };

function ok(result: ImportResult) {
	if (!result.ok) throw new Error(result.issues.map(formatImportIssue).join('\n'));
	return result;
}

describe('parseImport', () => {
	it('reads a good CSV into a journey that plays and has a length', () => {
		const r = ok(parseImport(fixture('good.csv'), none));
		expect(r.format).toBe('csv');
		expect(r.skipped).toEqual([]);
		const { journey, places } = toClientJourney(r.bundle);
		expect(journey.meta).toMatchObject({ id: 'good', title: 'good' });
		expect(journey.stops.map((s) => places[s.properties.place]?.name)).toEqual([
			'Moscow',
			'Ryazan',
			'Penza',
			'Saratov'
		]);
		expect(journey.legs).toHaveLength(3);
		const index = buildJourneyIndex(journey);
		expect(index.endDay).toBeGreaterThan(index.startDay);
		const view = buildDistanceView({
			sources: r.bundle.sources,
			places: [],
			network: [],
			journeys: [journey]
		});
		expect(view.journeys[0]?.lengthKm).toBeGreaterThan(700);
		expect(view.journeys[0]?.lengthKm).toBeLessThan(800);
	});

	it('lists the bad rows of a partly bad CSV and keeps the good ones', () => {
		const r = ok(parseImport(fixture('partial.csv'), none));
		expect(r.bundle.stops).toHaveLength(3);
		expect(r.skipped.map(formatImportIssue)).toEqual([
			'partial.csv › row 3 › lat, lon: latitude 555 is outside −90…90 (are latitude and longitude swapped?): check the coordinates',
			'partial.csv › row 4 › date: "1920-02-30" is not a real calendar date: write it as YYYY-MM-DD (e.g. 1918-09-17), DD.MM.YYYY, 17 September 1918, or 20 July 336 BC',
			'partial.csv › row 6 › name: the name is empty: give every stop a name'
		]);
		expect(r.skipped.every((i) => i.skippable)).toBe(true);
	});

	it('refuses a file with no usable header, saying what the header must be', () => {
		const r = parseImport(fixture('broken.csv'), none);
		expect(r.ok).toBe(false);
		if (r.ok) return;
		expect(formatImportIssue(r.issues[0]!)).toMatch(
			/^broken\.csv › row 1 \(the header\): found .* the first row must name the columns: name,lat,lon,date/
		);
	});

	it('keeps hostile text as plain text', () => {
		const r = ok(parseImport(fixture('hostile.csv'), none));
		const { places, journey } = toClientJourney(r.bundle);
		expect(Object.values(places)[0]?.name).toBe('<img src=x onerror=alert(1)>');
		expect(journey.stops[0]?.properties.summary).toBe('<script>alert(2)</script>');
	});

	it('reads GPX waypoints and tracks in date order, the track as a traced leg', () => {
		const r = ok(parseImport(fixture('track.gpx'), none));
		expect(r.format).toBe('gpx');
		expect(r.bundle.meta.title).toBe('Crimean walk');
		const names = r.bundle.stops.map(
			(s) => r.bundle.places.find((p) => p.id === s.properties.place)?.properties.name
		);
		expect(names).toEqual(['Simferopol', 'To Alushta (start)', 'To Alushta (end)', 'Yalta']);
		expect(r.bundle.legs.map((l) => [l.properties.shape, l.geometry.coordinates.length])).toEqual([
			['straight', 2],
			['traced', 4],
			['straight', 2]
		]);
	});

	it('reads plain GeoJSON points with dates and modes in properties', () => {
		const r = ok(parseImport(fixture('points.geojson'), none));
		expect(r.format).toBe('geojson');
		expect(r.bundle.meta.title).toBe('Volga by steamer');
		expect(r.bundle.legs.every((l) => l.properties.mode === 'river')).toBe(true);
	});

	it('round-trips through its own export, and renames ids already in use', () => {
		const first = ok(parseImport(fixture('good.csv'), none));
		const exported = JSON.stringify(bundleToGeoJSON(first.bundle));
		const again = ok(parseImport({ name: 'good.echelon.geojson', text: exported }, none));
		expect(again.format).toBe('echelon');
		expect(again.bundle).toEqual(first.bundle);
		const { places, sources } = toClientJourney(first.bundle);
		const taken: TakenIds = {
			journeyIds: ['train', 'good'],
			places: { ...places, good_1: { ...places.good_1!, name: 'Elsewhere' } },
			sources: { ...sources, 'good-file': { ...sources['good-file']!, title: 'other' } }
		};
		const third = ok(parseImport({ name: 'good.echelon.geojson', text: exported }, taken));
		expect(third.bundle.meta.id).toBe('good-2');
		expect(third.bundle.places[0]?.id).toBe('good_1_2');
		expect(third.bundle.stops[0]?.id).toBe('1920-05-01-good_1_2');
		expect(third.bundle.legs[0]?.properties.from).toBe('1920-05-01-good_1_2');
		expect(third.bundle.sources[0]?.id).toBe('good-file-2');
		expect(third.bundle.stops[0]?.properties.sources).toEqual(['good-file-2']);
	});

	it('restores a saved journey through the same validator', () => {
		const first = ok(parseImport(fixture('good.csv'), none));
		expect(ok(restoreImport(bundleToGeoJSON(first.bundle), none)).bundle).toEqual(first.bundle);
		const tampered = bundleToGeoJSON(first.bundle);
		tampered.echelon.meta.region.bbox = [0, 0, 1, 1];
		const r = restoreImport(tampered, none);
		expect(r.ok).toBe(false);
		if (!r.ok) expect(r.issues[0]?.message).toMatch(/outside the journey's region/);
	});

	it('names the feature, the field and the fix in an Echelon file', () => {
		const first = ok(parseImport(fixture('good.csv'), none));
		const file = bundleToGeoJSON(first.bundle) as unknown as {
			features: { properties: Record<string, unknown> }[];
		};
		delete file.features[1]!.properties.summary;
		const r = ok(parseImport({ name: 'mine.geojson', text: JSON.stringify(file) }, none));
		expect(r.skipped.map(formatImportIssue)).toEqual([
			'mine.geojson › feature #2 "1920-05-02-good_2" › properties.summary: "summary" is missing: add it (a string; see geodata/README.md)',
			'mine.geojson › leg "t01-good_1-good_2": its stop "1920-05-02-good_2" is skipped, so the leg is skipped too',
			'mine.geojson › leg "t01-good_2-good_3": its stop "1920-05-02-good_2" is skipped, so the leg is skipped too'
		]);
	});

	it.each([
		['empty.csv', '', /the file is empty/],
		['trip.kml', '<kml/>', /KML files cannot be imported/],
		['x.bin', 'a\u0000b', /binary file/],
		['bad.json', '{"type": ', /not valid JSON/],
		['bad.gpx', '<gpx><wpt', /not well-formed XML \(line 1, column 9: unclosed tag: gpx\)/],
		['entity.gpx', '<gpx>&nbsp;</gpx>', /line 1, column 11: an & that starts no known entity/],
		['svg.gpx', '<svg/>', /not <gpx>/],
		['fc.geojson', '{"type":"Polygon"}', /not a GeoJSON FeatureCollection/],
		['one.csv', 'name,lat,lon,date\nA,1,2,2020-01-01', /at least two dated stops, and only one/],
		['huge.csv', 'x'.repeat(MAX_FILE_BYTES + 1), /larger than 100 MB/]
	])('refuses %s with a clear message', (name, text, message) => {
		const r = parseImport({ name, text }, none);
		expect(r.ok).toBe(false);
		if (!r.ok) expect(r.issues[0]?.message).toMatch(message);
	});

	it('refuses a journey over the track point limit', () => {
		const coords = Array.from({ length: MAX_TRACK_POINTS + 1 }, (_, i) => [
			i / MAX_TRACK_POINTS,
			0
		]);
		const text = JSON.stringify({
			type: 'FeatureCollection',
			features: [
				{
					type: 'Feature',
					geometry: { type: 'LineString', coordinates: coords },
					properties: { time: '2020-01-01' }
				}
			]
		});
		const r = parseImport({ name: 'long.geojson', text }, none);
		expect(r.ok).toBe(false);
		if (!r.ok) expect(r.issues[0]?.message).toMatch(/track points, over the limit/);
	});
});
