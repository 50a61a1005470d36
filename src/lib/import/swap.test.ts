import { describe, expect, it } from 'vitest';
import { parseImport } from './import-file';

const none = { journeyIds: [], places: {}, sources: {} };
// Latitude and longitude swapped in the file: Paris, Berlin, Warsaw land in the Indian Ocean.
const EUROPE_SWAPPED =
	'name,lat,lon,date\nParis,2.3522,48.8566,1920-05-01\nBerlin,13.4050,52.5200,1920-05-03\nWarsaw,21.0122,52.2297,1920-05-05\n';
// Swapped with longitudes over 90: Irkutsk and Chita.
const SIBERIA_SWAPPED =
	'name,lat,lon,date\nOmsk,73.3686,54.9885,1919-11-14\nIrkutsk,104.2964,52.2870,1920-01-07\nChita,113.4994,52.0340,1920-02-20\n';

describe('swapped latitude and longitude', () => {
	it('offers the swap when the route lies at sea as written and on land swapped', () => {
		const r = parseImport({ name: 'eu.csv', text: EUROPE_SWAPPED }, none);
		expect(r.ok).toBe(true);
		expect(r.reading?.swapOffer).toMatch(/lies at sea.*swapped.*on land/);
		const swapped = parseImport({ name: 'eu.csv', text: EUROPE_SWAPPED }, none, { swap: true });
		expect(swapped.ok && swapped.bundle.stops[0]?.geometry.coordinates).toEqual([2.3522, 48.8566]);
		expect(swapped.reading).toMatchObject({ swapped: true });
		expect(swapped.reading?.swapOffer).toBeUndefined();
	});

	it('offers the swap for the whole file when latitudes over 90 fit swapped', () => {
		const r = parseImport({ name: 'sib.csv', text: SIBERIA_SWAPPED }, none);
		expect(r.reading?.swapOffer).toMatch(/2 rows have a latitude over 90.*whole file/);
		const swapped = parseImport({ name: 'sib.csv', text: SIBERIA_SWAPPED }, none, { swap: true });
		expect(swapped.ok && swapped.skipped).toEqual([]);
		expect(swapped.ok && swapped.bundle.stops.map((s) => s.geometry.coordinates[0])).toEqual([
			73.3686, 104.2964, 113.4994
		]);
	});

	it('swaps GeoJSON and GPX positions too', () => {
		const gpx = `<gpx version="1.1"><wpt lat="2.35" lon="48.85"><name>Paris</name><time>1920-05-01</time></wpt><wpt lat="13.40" lon="52.52"><name>Berlin</name><time>1920-05-03</time></wpt></gpx>`;
		expect(parseImport({ name: 'a.gpx', text: gpx }, none).reading?.swapOffer).toBeDefined();
		const r = parseImport({ name: 'a.gpx', text: gpx }, none, { swap: true });
		expect(r.ok && r.bundle.stops[0]?.geometry.coordinates).toEqual([2.35, 48.85]);
	});

	it('leaves a coastal route alone', () => {
		const coast =
			'name,lat,lon,date\nOdessa,46.4825,30.7233,1920-01-01\nSevastopol,44.6167,33.5254,1920-01-05\nNovorossiysk,44.7239,37.7708,1920-01-09\n';
		expect(parseImport({ name: 'c.csv', text: coast }, none).reading?.swapOffer).toBeUndefined();
	});
});
