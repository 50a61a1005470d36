// Fuzzing at scale: at least 10,000 generated inputs per run across the importer's parsers (CSV in
// the spreadsheet dialects, GPX, GeoJSON, legacy-encoded bytes, date and position fields) and the
// page's URL parser. Every input must get an answer (no throw, no hang); none may run script
// (the parsers never evaluate text; import-hostile.svelte.test.ts renders hostile answers).
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { parseUrlState } from '$lib/explorer/url-state';
import { parseDateField } from './date-field';
import { ENCODING_CHOICES } from './decode';
import { parseImport } from './import-file';
import { importBytes } from './import-bytes';
import { parseLatLonFields } from './position-fields';

const none = { journeyIds: ['train', 'exile'], places: {}, sources: {} };
const TIMEOUT_MS = 300_000;
let inputs = 0;
const counted = <T>(arb: fc.Arbitrary<T>) => arb.map((v) => (inputs++, v));

const month = fc.constantFrom('September', 'sept.', 'сентября', 'März', 'août', 'mayo', 'Smarch');
const dateText = fc.oneof(
	fc
		.tuple(
			fc.integer({ min: 0, max: 40 }),
			fc.integer({ min: 0, max: 14 }),
			fc.integer({ min: -1, max: 2100 })
		)
		.map(([d, m, y]) => `${d}.${m}.${y}`),
	fc
		.tuple(
			fc.integer({ min: 0, max: 40 }),
			fc.integer({ min: 0, max: 14 }),
			fc.integer({ min: 1000, max: 2100 })
		)
		.map(([a, b, y]) => `${a}/${b}/${y}`),
	fc
		.tuple(
			fc.integer({ min: 0, max: 40 }),
			month,
			fc.integer({ min: 0, max: 3000 }),
			fc.constantFrom('', ' BC', ' AD', ' O.S.', ' BCE (O.S.)')
		)
		.map(([d, m, y, era]) => `${d} ${m} ${y}${era}`),
	fc
		.integer({ min: -9999, max: 9999 })
		.map((y) => `${y < 0 ? '-' : ''}${String(Math.abs(y)).padStart(4, '0')}-07-20`),
	fc.string({ maxLength: 30 })
);
const number = fc.oneof(
	fc.double({ min: -200, max: 200, noNaN: true }).map((x) => x.toFixed(4)),
	fc.double({ min: -200, max: 200, noNaN: true }).map((x) => x.toFixed(4).replace('.', ',')),
	fc.string({ maxLength: 8 })
);
const name = fc.oneof(
	fc.string({ maxLength: 20 }),
	fc.constantFrom('<script>alert(1)</script>', '"=cmd|x', 'Москва', '\u202eevil')
);
const dialectCsv = fc
	.tuple(
		fc.constantFrom(';', '\t', ','),
		fc.array(fc.tuple(name, number, number, dateText), { minLength: 0, maxLength: 8 })
	)
	.map(([sep, rows]) =>
		[
			`name${sep}lat${sep}lon${sep}date`,
			...rows.map((r) =>
				r.map((c) => (c.includes(sep) ? `"${c.replace(/"/g, '""')}"` : c)).join(sep)
			)
		].join('\n')
	);
const gpx = fc
	.array(fc.tuple(number, number, dateText, name, fc.constantFrom('wpt', 'rtept', 'trkpt')), {
		maxLength: 6
	})
	.map(
		(pts) =>
			`<gpx version="1.1"><rte>${pts.map(([lat, lon, t, n, tag]) => `<${tag} lat="${lat}" lon="${lon}"><time>${t}</time><name>${n.replace(/[<&]/g, '')}</name></${tag}>`).join('')}</rte></gpx>`
	);
const answered = (r: ReturnType<typeof parseImport>) => {
	if (r.ok) expect(r.bundle.stops.length).toBeGreaterThanOrEqual(2);
	else expect(r.issues.length).toBeGreaterThan(0);
};

describe('fuzzing the importer and the URL parser', () => {
	afterAll(() => {
		expect(inputs).toBeGreaterThanOrEqual(10_000);
	});

	it(
		'answers every spreadsheet-dialect CSV, read either way round and either day order',
		() => {
			fc.assert(
				fc.property(
					counted(dialectCsv),
					fc.boolean(),
					fc.constantFrom('dmy' as const, 'mdy' as const),
					(text, swap, dates) =>
						answered(parseImport({ name: 'f.csv', text }, none, { swap, dates }))
				),
				{ numRuns: 2500 }
			);
		},
		TIMEOUT_MS
	);

	it(
		'answers every GPX with dates in any form',
		() => {
			fc.assert(
				fc.property(counted(gpx), (text) => answered(parseImport({ name: 'f.gpx', text }, none))),
				{ numRuns: 1500 }
			);
		},
		TIMEOUT_MS
	);

	it(
		'answers any bytes in any encoding',
		async () => {
			await fc.assert(
				fc.asyncProperty(
					counted(
						fc.oneof(
							fc.uint8Array({ maxLength: 300 }),
							dialectCsv.map((t) => new TextEncoder().encode(t))
						)
					),
					fc.option(fc.constantFrom(...ENCODING_CHOICES), { nil: undefined }),
					async (bytes, encoding) => {
						const r = await importBytes('f.csv', bytes, none, encoding ? { encoding } : {});
						expect(r.reading?.encoding?.name).toBeTruthy();
						answered(r);
					}
				),
				{ numRuns: 1000 }
			);
		},
		TIMEOUT_MS
	);

	it(
		'reads dates and positions, or says why not',
		() => {
			fc.assert(
				fc.property(counted(dateText), (text) => {
					const r = parseDateField(text);
					if (r.ok) expect(r.value.date).toMatch(/^-?\d{4}-\d{2}-\d{2}$/);
					else expect(r.message).toMatch(/date/);
				}),
				{ numRuns: 3000 }
			);
			fc.assert(
				fc.property(counted(fc.tuple(number, number)), ([lat, lon]) => {
					const r = parseLatLonFields(lat, lon);
					if (r.ok) expect(Math.abs(r.value[1])).toBeLessThanOrEqual(90);
				}),
				{ numRuns: 1000 }
			);
		},
		TIMEOUT_MS
	);

	it(
		'parses any URL query into a state of allowed values',
		() => {
			const query = fc.oneof(
				fc.string({ maxLength: 60 }),
				fc
					.tuple(dateText, fc.string({ maxLength: 10 }))
					.map(
						([t, j]) => `?journey=${encodeURIComponent(j)}&t=${encodeURIComponent(t)}&speed=${j}`
					)
			);
			fc.assert(
				fc.property(counted(query), (search) => {
					const state = parseUrlState(search, { journeys: ['train', 'exile'], speeds: [1, 2, 4] });
					if (state.journey) expect(['train', 'exile']).toContain(state.journey);
					if (state.tDay !== undefined) expect(Number.isFinite(state.tDay)).toBe(true);
				}),
				{ numRuns: 1500 }
			);
		},
		TIMEOUT_MS
	);
});
