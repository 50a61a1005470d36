// Property-based tests: thousands of random and malformed files through the importer. Whatever the
// input, parseImport answers (never throws), every problem names the file and says what is wrong,
// and every journey it accepts is valid by the flagship data's own rules and can be played.
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildJourneyIndex } from '$lib/journey/journey-index';
import { bundleToGeoJSON } from './bundle';
import { toClientJourney } from './client-journey';
import type { TakenIds } from './collisions';
import { parseDateField } from './date-field';
import { parseLatLonFields } from './position-fields';
import { parseImport, restoreImport, type ImportResult } from './import-file';
import { readBundle } from './read-bundle';

const none: TakenIds = { journeyIds: ['train', 'exile'], places: {}, sources: {} };
const fixture = (name: string) =>
	readFileSync(new URL(`../../../tests/fixtures/import/${name}`, import.meta.url), 'utf8');
const RUNS = 1000;
/** Thousands of runs on a slow CI machine: generous, so only a real hang fails. */
const TIMEOUT_MS = 120_000;

/** The contract every answer keeps. */
function assertAnswer(result: ImportResult, name: string): void {
	if (result.ok) {
		const { journey } = toClientJourney(result.bundle);
		expect(journey.stops.length).toBeGreaterThanOrEqual(2);
		// Accepted journeys pass the validator again (what a reload does) and can be indexed.
		expect(readBundle(bundleToGeoJSON(result.bundle), name).bundle).toBeDefined();
		const index = buildJourneyIndex(journey);
		expect(Number.isFinite(index.startDay) && Number.isFinite(index.endDay)).toBe(true);
		expect(index.endDay).toBeGreaterThanOrEqual(index.startDay);
		expect(Array.from(index.km).every(Number.isFinite)).toBe(true);
		for (const issue of result.skipped) assertIssue(issue, name, true);
	} else {
		expect(result.issues.length).toBeGreaterThan(0);
		for (const issue of result.issues) assertIssue(issue, name, false);
		expect(result.issues.some((i) => !i.skippable)).toBe(true);
	}
}

function assertIssue(
	issue: { file: string; where?: string; message: string; skippable?: boolean },
	name: string,
	skipped: boolean
): void {
	expect(issue.file).toBe(name.trim().slice(0, 200) || 'file');
	expect(issue.message.length).toBeGreaterThan(10);
	// Our own words never leak "undefined" or "[object Object]"; quoted input may say anything.
	expect(issue.message.replace(/"[^"]*"/g, '""')).not.toMatch(/\bundefined\b|\[object |\bNaN\b/);
	// A skipped row is always named, so the reader can find it.
	if (skipped) expect(issue.where).toBeTruthy();
}

const fileName = fc.constantFrom('a.csv', 'b.gpx', 'c.geojson', 'd.json', 'e.txt', 'noext', '');

// Text that looks a bit like each format, so the properties reach past the first check.
const cell = fc.oneof(
	fc.string({ maxLength: 12 }),
	fc.double({ noNaN: false }).map(String),
	fc.integer({ min: -200, max: 200 }).map(String),
	fc
		.date({ noInvalidDate: false })
		.map((d) => (Number.isNaN(d.getTime()) ? 'Invalid' : d.toISOString())),
	fc.constantFrom(
		'1918-09-17',
		'1918-02-30',
		'1918-13',
		'1918',
		'',
		'"',
		'""',
		',',
		'\n',
		'<b>x</b>'
	)
);
const csvText = fc
	.tuple(
		fc.constantFrom(
			'name,lat,lon,date,note',
			'name;lat;lon;date',
			'lat,lon',
			'date,name,lon,lat,mode',
			''
		),
		fc.array(fc.array(cell, { maxLength: 6 }), { maxLength: 12 })
	)
	.map(([header, rows]) => [header, ...rows.map((r) => r.join(','))].join('\n'));

const gpxText = fc
	.array(
		fc.record({
			lat: fc.oneof(fc.double({ min: -100, max: 100 }), fc.string({ maxLength: 4 })),
			lon: fc.oneof(fc.double({ min: -200, max: 200 }), fc.string({ maxLength: 4 })),
			time: fc.oneof(fc.constant(''), cell),
			name: fc.string({ maxLength: 10 }),
			track: fc.boolean()
		}),
		{ maxLength: 8 }
	)
	.map(
		(points) =>
			`<?xml version="1.0"?><gpx version="1.1" xmlns="http://www.topografix.com/GPX/1/1">${points
				.map((p) => {
					const body = `<name>${escapeXml(p.name)}</name>${p.time ? `<time>${escapeXml(p.time)}</time>` : ''}`;
					const attrs = `lat="${escapeXml(String(p.lat))}" lon="${escapeXml(String(p.lon))}"`;
					return p.track
						? `<trk>${body}<trkseg><trkpt ${attrs}>${body}</trkpt><trkpt ${attrs}/></trkseg></trk>`
						: `<wpt ${attrs}>${body}</wpt>`;
				})
				.join('')}</gpx>`
	);

const jsonValue = fc.jsonValue({ maxDepth: 4 });
const geojsonText = fc
	.array(
		fc.record({
			type: fc.constantFrom('Feature', 'Feature', 'Feature', 'Nope'),
			geometry: fc.oneof(
				fc.record({
					type: fc.constantFrom('Point', 'LineString', 'MultiLineString', 'Polygon'),
					coordinates: fc.oneof(
						fc.tuple(fc.double(), fc.double()),
						fc.array(
							fc.tuple(fc.double({ min: -180, max: 180 }), fc.double({ min: -90, max: 90 })),
							{ maxLength: 5 }
						),
						jsonValue
					)
				}),
				jsonValue
			),
			properties: fc.oneof(
				fc.record(
					{ name: cell, date: cell, note: fc.option(cell), mode: fc.option(cell) },
					{ requiredKeys: [] }
				),
				jsonValue
			)
		}),
		{ maxLength: 8 }
	)
	.map((features) => JSON.stringify({ type: 'FeatureCollection', features }));

function escapeXml(s: string): string {
	return s.replace(/[<>&"]/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** A fixture with random characters inserted, deleted or replaced. */
function mutated(text: string) {
	return fc
		.array(fc.tuple(fc.nat(text.length), fc.nat(3), fc.string({ maxLength: 3 })), {
			minLength: 1,
			maxLength: 6
		})
		.map((edits) =>
			edits.reduce((t, [at, del, ins]) => t.slice(0, at) + ins + t.slice(at + del), text)
		);
}

describe('parseImport on random input', () => {
	it(
		'answers any text with a journey or clear problems',
		() => {
			fc.assert(
				fc.property(
					fileName,
					fc.oneof(fc.string(), fc.string({ unit: 'binary' })),
					(name, text) => {
						assertAnswer(parseImport({ name, text }, none), name);
					}
				),
				{ numRuns: RUNS }
			);
		},
		TIMEOUT_MS
	);

	it(
		'answers CSV-like text',
		() => {
			fc.assert(
				fc.property(csvText, (text) =>
					assertAnswer(parseImport({ name: 't.csv', text }, none), 't.csv')
				),
				{ numRuns: RUNS }
			);
		},
		TIMEOUT_MS
	);

	it(
		'answers GPX-like XML',
		() => {
			fc.assert(
				fc.property(gpxText, (text) =>
					assertAnswer(parseImport({ name: 't.gpx', text }, none), 't.gpx')
				),
				{ numRuns: RUNS }
			);
		},
		TIMEOUT_MS
	);

	it(
		'answers GeoJSON-like and arbitrary JSON',
		() => {
			fc.assert(
				fc.property(
					fc.oneof(
						geojsonText,
						jsonValue.map((v) => JSON.stringify(v))
					),
					(text) => assertAnswer(parseImport({ name: 't.geojson', text }, none), 't.geojson')
				),
				{ numRuns: RUNS }
			);
		},
		TIMEOUT_MS
	);

	it(
		'answers mangled copies of every fixture',
		() => {
			const texts = ['good.csv', 'partial.csv', 'track.gpx', 'points.geojson'].map(fixture);
			fc.assert(
				fc.property(
					fc.constantFrom(...texts).chain(mutated),
					fc.constantFrom('m.csv', 'm.gpx', 'm.geojson'),
					(text, name) => assertAnswer(parseImport({ name, text }, none), name)
				),
				{ numRuns: RUNS }
			);
		},
		TIMEOUT_MS
	);

	it(
		'imports every well-formed CSV whole, stops in date order',
		() => {
			const row = fc.record({
				name: fc
					.string({ minLength: 1, maxLength: 30 })
					.filter((s) => s.trim() !== '' && !/[,"\n\r;\t]/.test(s)),
				lat: fc.double({ min: -90, max: 90, noNaN: true }),
				lon: fc.double({ min: -180, max: 180, noNaN: true }),
				day: fc.integer({ min: -200_000, max: 200_000 })
			});
			fc.assert(
				fc.property(fc.array(row, { minLength: 2, maxLength: 15 }), (rows) => {
					const iso = (day: number) =>
						new Date(Date.UTC(1970, 0, 1) + day * 864e5).toISOString().slice(0, 10);
					const text = [
						'name,lat,lon,date',
						...rows.map((r) => `${r.name},${r.lat.toFixed(6)},${r.lon.toFixed(6)},${iso(r.day)}`)
					].join('\n');
					const result = parseImport({ name: 'ok.csv', text }, none);
					assertAnswer(result, 'ok.csv');
					if (!result.ok) throw new Error(result.issues[0]?.message);
					expect(result.skipped).toEqual([]);
					const dates = result.bundle.stops.map((s) => s.properties.arrive?.date ?? '');
					expect(dates).toEqual([...dates].sort());
					expect(dates.sort()).toEqual(rows.map((r) => iso(r.day)).sort());
				}),
				{ numRuns: 500 }
			);
		},
		TIMEOUT_MS
	);
});

describe('the validator on random changes to a good journey', () => {
	const good = parseImport({ name: 'good.csv', text: fixture('good.csv') }, none);
	if (!good.ok) throw new Error('fixture');
	const base = bundleToGeoJSON(good.bundle);

	/** Sets a random path in a deep copy to a random JSON value. */
	const tampered = fc
		.tuple(fc.array(fc.nat(20), { minLength: 1, maxLength: 5 }), jsonValue)
		.map(([path, value]) => {
			const copy = JSON.parse(JSON.stringify(base)) as Record<string, unknown>;
			let node: unknown = copy;
			for (let depth = 0; depth < path.length; depth++) {
				if (!node || typeof node !== 'object') break;
				const keys = Object.keys(node);
				if (keys.length === 0) break;
				const key = keys[(path[depth] ?? 0) % keys.length]!;
				if (depth === path.length - 1) (node as Record<string, unknown>)[key] = value;
				else node = (node as Record<string, unknown>)[key];
			}
			return copy;
		});

	it(
		'accepts or rejects with named problems, never throws',
		() => {
			fc.assert(
				fc.property(tampered, (raw) => {
					const restored = restoreImport(raw, none);
					assertAnswer(restored, restored.file);
					assertAnswer(
						parseImport({ name: 'x.geojson', text: JSON.stringify(raw) }, none),
						'x.geojson'
					);
				}),
				{ numRuns: RUNS }
			);
		},
		TIMEOUT_MS
	);
});

describe('field readers', () => {
	it(
		'accept only real dates, and say why not',
		() => {
			fc.assert(
				fc.property(fc.oneof(fc.string(), cell, jsonValue), (raw) => {
					const r = parseDateField(raw);
					if (r.ok) expect(r.value.date).toMatch(/^-?\d{4}-\d{2}-\d{2}$/);
					else expect(r.message).toMatch(/YYYY-MM-DD/);
				}),
				{ numRuns: RUNS }
			);
		},
		TIMEOUT_MS
	);

	it(
		'accept only coordinates in range',
		() => {
			fc.assert(
				fc.property(fc.oneof(cell, fc.double()), fc.oneof(cell, fc.double()), (lat, lon) => {
					const r = parseLatLonFields(lat, lon);
					if (r.ok) {
						expect(Math.abs(r.value[0])).toBeLessThanOrEqual(180);
						expect(Math.abs(r.value[1])).toBeLessThanOrEqual(90);
					} else expect(r.message).toMatch(/latitude|longitude/);
				}),
				{ numRuns: RUNS }
			);
		},
		TIMEOUT_MS
	);
});
