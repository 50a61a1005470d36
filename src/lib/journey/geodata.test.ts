import { describe, expect, it } from 'vitest';
import { formatGeodataIssue, parseGeodata } from './geodata';
import type { GeodataIssue } from './types';
import { geodataSlice, sliceFiles, type GeodataSlice } from '../../../tests/fixtures/geodata-slice';

/** Break one thing in a fresh copy of the slice and return the loader's issues. */
function issuesAfter(mutate: (s: GeodataSlice) => void): GeodataIssue[] {
	const slice = geodataSlice();
	mutate(slice);
	const result = parseGeodata(sliceFiles(slice));
	if (result.ok) throw new Error('expected the loader to reject the data');
	return result.issues;
}

const trainStop = (s: GeodataSlice, i: number) => {
	const f = s.train.stops.features[i];
	if (!f) throw new Error(`no stop ${i}`);
	return f as { geometry: { coordinates: number[] }; properties: Record<string, unknown> };
};
const trainLeg = (s: GeodataSlice) =>
	s.train.legs.features[0] as unknown as {
		geometry: { coordinates: number[][] };
		properties: Record<string, unknown>;
	};

describe('parseGeodata', () => {
	it('accepts the valid slice and returns typed journeys', () => {
		const result = parseGeodata(sliceFiles());
		expect(result.ok).toBe(true);
		if (!result.ok) return;
		expect(result.data.journeys.map((j) => j.meta.id)).toEqual(['exile', 'train']);
		expect(result.data.journeys[1]?.stops.map((s) => s.properties.place)).toEqual([
			'moscow_kazansky_stn',
			'sviyazhsk'
		]);
		expect(result.data.network).toHaveLength(2);
	});

	it('names the file when JSON does not parse', () => {
		const files = sliceFiles();
		files['geodata/journeys/train/stops.geojson'] = '{ "type": "FeatureCollection", ';
		const result = parseGeodata(files);
		expect(result.ok).toBe(false);
		if (result.ok) return;
		expect(result.issues).toHaveLength(1);
		expect(result.issues[0]?.file).toBe('geodata/journeys/train/stops.geojson');
		expect(result.issues[0]?.message).toMatch(/not valid JSON.*fix the syntax/);
	});

	it('reports a missing file', () => {
		const files = sliceFiles();
		delete files['geodata/places.geojson'];
		const result = parseGeodata(files);
		expect(result.ok || result.issues.map(formatGeodataIssue)).toEqual([
			'geodata/places.geojson: file is missing: create it (see geodata/README.md)'
		]);
	});

	it('rejects a file it does not know', () => {
		const files = { ...sliceFiles(), 'geodata/journeys/train/route.geojson': '{}' };
		const result = parseGeodata(files);
		expect(result.ok || result.issues[0]?.message).toMatch(/unexpected file/);
	});

	it('names the feature and property of a bad enum value', () => {
		const issues = issuesAfter((s) => (trainStop(s, 1).properties.grade = 'certain'));
		expect(issues).toHaveLength(1);
		expect(issues[0]).toMatchObject({
			file: 'geodata/journeys/train/stops.geojson',
			feature: '1918-08-10-sviyazhsk',
			path: 'properties.grade'
		});
		expect(issues[0]?.message).toMatch(/documented/);
	});

	it('rejects a date that is not on the calendar', () => {
		const issues = issuesAfter(
			(s) => (trainStop(s, 1).properties.arrive = { date: '1918-02-30', precision: 'day' })
		);
		expect(issues[0]).toMatchObject({ path: 'properties.arrive.date' });
		expect(issues[0]?.message).toMatch(/not a real calendar date/);
	});

	it('requires reasoning for a reconstructed stop', () => {
		const issues = issuesAfter((s) => (trainStop(s, 1).properties.grade = 'reconstructed'));
		expect(issues[0]).toMatchObject({
			feature: '1918-08-10-sviyazhsk',
			path: 'properties.reasoning'
		});
		expect(issues[0]?.message).toMatch(/needs a "reasoning"/);
	});

	it('rejects a source id that is not in sources.json', () => {
		const issues = issuesAfter((s) => (trainStop(s, 0).properties.sources = ['nowhere-1918']));
		expect(issues.map(formatGeodataIssue)).toEqual([
			'geodata/journeys/train/stops.geojson › feature "1918-08-08-moscow_kazansky_stn" › properties.sources: source "nowhere-1918" is not in geodata/sources.json: add it there or fix the id'
		]);
	});

	it('rejects a place id that does not exist', () => {
		const issues = issuesAfter((s) => (trainStop(s, 1).properties.place = 'kazan'));
		expect(
			issues.some((i) => /place "kazan" is not in geodata\/places.geojson/.test(i.message))
		).toBe(true);
	});

	it('catches swapped longitude and latitude', () => {
		const issues = issuesAfter((s) => {
			const st = trainStop(s, 0);
			st.geometry.coordinates = [55.7734, 37.657];
		});
		expect(
			issues.some((i) => /outside the journey's region.*swapped lng\/lat/.test(i.message))
		).toBe(true);
	});

	it('rejects dates that run backwards', () => {
		const issues = issuesAfter((s) => {
			trainStop(s, 1).properties.arrive = { date: '1918-08-01', precision: 'day' };
			trainStop(s, 1).properties.depart = { date: '1918-08-02', precision: 'day' };
		});
		expect(issues[0]?.message).toMatch(/dates run backwards: 1918-08-01 comes after 1918-08-08/);
	});

	it('rejects a leg whose end is far from its stop', () => {
		const issues = issuesAfter((s) => {
			const coords = trainLeg(s).geometry.coordinates;
			coords[coords.length - 1] = [49.1221, 55.7887]; // Kazan, about 30 km east of Sviyazhsk
		});
		expect(issues.some((i) => /the leg ends \d+\.\d km from its "to" stop/.test(i.message))).toBe(
			true
		);
	});

	it('rejects a routed rail leg that leaves the network', () => {
		const issues = issuesAfter((s) => trainLeg(s).geometry.coordinates.splice(1, 0, [40, 55.7]));
		expect(issues.some((i) => /must follow the network vertex by vertex/.test(i.message))).toBe(
			true
		);
	});

	it('rejects a rail leg over a line not yet open', () => {
		const issues = issuesAfter((s) => {
			const section = s.network.features[0] as { properties: { opened: { date: string } } };
			section.properties.opened.date = '1919-01-01';
		});
		expect(issues[0]?.message).toMatch(
			/section "F01" opened on 1919-01-01, after the leg \(1918-08-08\)/
		);
	});

	it('requires network stations to be vertices at their places', () => {
		const issues = issuesAfter((s) => {
			const section = s.network.features[0] as { geometry: { coordinates: number[][] } };
			section.geometry.coordinates[1] = [42.1, 55.6];
		});
		expect(issues.some((i) => i.path === 'properties.stations.1' && /murom/.test(i.message))).toBe(
			true
		);
	});

	it('holds a section to its published length within 5%', () => {
		const issues = issuesAfter((s) => {
			const section = s.network.features[0] as { properties: Record<string, unknown> };
			const km = section.properties.computedLengthKm as number;
			section.properties.publishedLengthKm = Math.round(km * 1.2);
		});
		expect(issues[0]?.message).toMatch(
			/\(over 5% off\): add intermediate stations or shape points/
		);
	});

	it('requires a leg to join consecutive stops of its trip', () => {
		const issues = issuesAfter((s) => {
			const l = s.exile.legs.features[1] as { properties: Record<string, unknown> };
			l.properties.from = '1928-01-17-moscow_kazansky_stn';
		});
		expect(issues.some((i) => /does not directly follow/.test(i.message))).toBe(true);
	});

	it('reports duplicate ids', () => {
		const issues = issuesAfter((s) =>
			s.sources.push({ ...(s.sources[0] as (typeof s.sources)[0]) })
		);
		expect(issues).toEqual([
			{ file: 'geodata/sources.json', feature: 'htra-1918-ch33', message: 'duplicate source id' }
		]);
	});
});
