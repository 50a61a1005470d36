// The data contract: the real files in geodata/ pass the loader with zero issues, and hold what the
// project promises about them (trips placed, bases, the exile's span, modes, lengths, the README's counts).
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { distance, length } from '@turf/turf';
import { formatGeodataIssue, parseGeodata } from '../../src/lib/journey/geodata';
import type { Geodata } from '../../src/lib/journey/types';
import { countsTable, COUNTS_END, COUNTS_START, geodataCounts } from '../../src/lib/journey/counts';
import { vertexKey } from '../../src/lib/journey/cross-check-kit';
import { createRailRouter } from '../../src/lib/journey/routing';
import { buildDistanceView } from '../../src/lib/journey/distance-view';
import { readGeodataFiles } from '../../scripts/lib/read-geodata-files';
import { readCsv } from '../../scripts/geodata/lib/io';

const root = fileURLToPath(new URL('../..', import.meta.url));
const result = parseGeodata(readGeodataFiles(root));

function data(): Geodata {
	if (!result.ok) throw new Error(result.issues.map(formatGeodataIssue).join('\n'));
	return result.data;
}
const journey = (id: string) => {
	const j = data().journeys.find((x) => x.meta.id === id);
	if (!j) throw new Error(`no journey ${id}`);
	return j;
};

describe('geodata contract', () => {
	it('every file validates: sources resolve, places exist, dates ordered, legs meet stops, rail on the network', () => {
		expect(result.ok ? [] : result.issues.map(formatGeodataIssue)).toEqual([]);
	});

	it('holds every trip the research places (at least 22 of the 36 attested, with pass 3)', () => {
		const { meta, legs } = journey('train');
		expect(meta.trips.length).toBeGreaterThanOrEqual(22);
		expect(new Set(legs.map((l) => l.properties.trip)).size).toBeGreaterThanOrEqual(22);
		// Known only by its region, the Donets Basin inspection of Nov 1920 is a dated window, not a town.
		const donbas = meta.unplaced?.find((u) => u.region !== undefined);
		expect(donbas?.region).toMatch(/Donets/);
		expect([donbas?.window.start.date, donbas?.window.end.date]).toEqual([
			'1920-11-07',
			'1920-11-28'
		]);
		expect(meta.tripCount?.value).toBe(36);
		expect(meta.tripCount?.wording.length).toBeGreaterThanOrEqual(3);
		expect((meta.unplaced ?? []).length).toBeGreaterThan(0);
	});

	it('starts and ends every train trip at its base', () => {
		const { meta, stops } = journey('train');
		const base = new Set(['moscow', 'moscow_kazansky_stn', 'moscow_yaroslavsky_stn']);
		expect(base.has(meta.base ?? '')).toBe(true);
		for (const trip of meta.trips) {
			const tripStops = stops.filter((s) => s.properties.trip === trip.number);
			expect(tripStops.length, `trip ${trip.label}`).toBeGreaterThanOrEqual(2);
			expect(base.has(tripStops[0]!.properties.place), `trip ${trip.label} starts at base`).toBe(
				true
			);
			expect(base.has(tripStops.at(-1)!.properties.place), `trip ${trip.label} ends at base`).toBe(
				true
			);
		}
	});

	it('keeps every window of unplaced trips clear of the placed trips', () => {
		for (const { meta } of data().journeys)
			for (const u of meta.unplaced ?? [])
				for (const t of meta.trips) {
					const overlaps = t.start.date <= u.window.end.date && u.window.start.date <= t.end.date;
					expect(overlaps, `${u.id} overlaps ${t.label}`).toBe(false);
				}
	});

	it('cites every source of the bibliography, each at an address a reader can open', () => {
		const cited = new Set<string>();
		const walk = (value: unknown): void => {
			if (Array.isArray(value)) value.forEach(walk);
			else if (value && typeof value === 'object')
				for (const [key, v] of Object.entries(value)) {
					if (key === 'sources' && Array.isArray(v)) v.forEach((id) => cited.add(String(id)));
					else walk(v);
				}
		};
		for (const [path, text] of Object.entries(readGeodataFiles(root)))
			if (!path.endsWith('.md') && path !== 'geodata/sources.json') walk(JSON.parse(text));
		const sources = data().sources;
		expect(sources.filter((s) => !cited.has(s.id)).map((s) => s.id)).toEqual([]);
		// A site's home page is no citation: the article's own address, or a note saying how to find it.
		const homeOnly = sources.filter((s) => {
			if (!s.url) return false;
			const { pathname, search } = new URL(s.url);
			return pathname.length <= 1 && !search && !/home page/i.test(s.note ?? '');
		});
		expect(homeOnly.map((s) => s.id)).toEqual([]);
	});

	it('carries the published claims with their wording and sources', () => {
		const claims = journey('train').meta.claims;
		const find = (value: number, unit: string) =>
			claims.find((c) => c.value === value && c.unit === unit);
		expect(find(75000, 'mi')?.qualifier).toBe('at least');
		expect(find(100000, 'verst')?.qualifier).toBe('about');
		expect(find(100000, 'km')?.qualifier).toBe('over');
		expect(find(200000, 'km')?.qualifier).toBe('over');
		for (const c of claims) expect(c.wording.length).toBeGreaterThan(10);
	});

	it('measures the 1991 claim ("1918–1920") over the trips of 1918–1920 only', () => {
		const claims = journey('train').meta.claims;
		const versts = claims.find((c) => c.id === 'revvoensovet-100000-verst');
		expect(versts?.coverage).toMatchObject({ from: '1918-01-01', to: '1920-12-31' });
		const view = buildDistanceView(data()).journeys.find((j) => j.id === 'train');
		const share = view?.claims.find((c) => c.claim.id === 'revvoensovet-100000-verst');
		const trips = view?.trips.filter((t) => t.legCount > 0) ?? [];
		const of1921 = trips.filter((t) => t.start >= '1921-01-01').map((t) => t.number);
		expect(of1921.length).toBeGreaterThan(0);
		expect(share?.coveredTrips?.some((n) => of1921.includes(n))).toBe(false);
		expect(share?.coveredTrips).toHaveLength(trips.length - of1921.length);
		const km1918to1920 = trips
			.filter((t) => t.end <= '1920-12-31')
			.reduce((s, t) => s + t.lengthKm, 0);
		expect(share?.coveredKm).toBeCloseTo(km1918to1920, 2);
	});

	it('runs the exile from Moscow in January 1928 to Coyoacán and the hospital in Mexico City in August 1940, every leg with a mode', () => {
		const { stops, legs } = journey('exile');
		const places = new Map(data().places.map((p) => [p.id, p.properties]));
		const first = stops[0]!.properties;
		const [house, hospital] = stops.slice(-2).map((s) => s.properties);
		expect(places.get(first.place)?.name).toMatch(/Moscow/);
		expect((first.depart ?? first.arrive)?.date).toMatch(/^1928-01-1[678]$/);
		expect(places.get(house!.place)?.modernName).toMatch(/Coyoac|Trotsky/);
		expect(house!.depart?.date).toBe('1940-08-20');
		// Attacked at the house on 20 August, he died in the Cruz Verde hospital the next day.
		expect(places.get(hospital!.place)?.name).toBe('Mexico City');
		expect([hospital!.arrive?.date, hospital!.depart?.date]).toEqual(['1940-08-20', '1940-08-21']);
		const modes = new Set(legs.map((l) => l.properties.mode));
		for (const mode of ['rail', 'sea', 'road', 'car']) expect(modes.has(mode as never)).toBe(true);
		// The two sledge stretches over the Kurdai pass (about 30 versts, 1928; 30 km, 1929) are too
		// short and too loosely placed to be legs of their own: their legs say so in a note.
		const sledgeNotes = legs.filter((l) =>
			l.properties.notes?.some((n) => /sledge|horses/i.test(n.text))
		);
		expect([...new Set(sledgeNotes.map((l) => l.id.slice(0, 3)))].sort()).toEqual(['t01', 't02']);
	});

	it('notes where the seed entry and the sources disagree (Norway in June 1935, not July)', () => {
		const { meta, stops } = journey('exile');
		const notes = [...(meta.notes ?? []), ...stops.flatMap((s) => s.properties.notes ?? [])];
		const seed = notes.filter((n) => n.kind === 'seed');
		expect(seed.some((n) => /18 June 1935|June 1935/.test(n.text))).toBe(true);
		expect(seed.some((n) => /16 Jan(uary)? 1929/.test(n.text))).toBe(true);
	});

	it('keeps every network section with a published length within 5% of it', () => {
		for (const s of data().network) {
			const published = s.properties.publishedLengthKm;
			if (published === undefined) continue;
			const measured = length(s, { units: 'kilometers' });
			expect(Math.abs(measured - published) / published, s.id).toBeLessThanOrEqual(0.05);
		}
	});

	it('carries every published length as a scale, never as bends, and counts it in the distances', () => {
		const network = data().network;
		const byId = new Map(network.map((s) => [s.id, s.properties]));
		for (const s of network)
			if (s.properties.publishedLengthKm !== undefined)
				expect(s.properties.lengthScale?.by, s.id).toBe(s.id);
		const checks = readCsv<{ id: string; sections: string }>('geodata/src/network/line-checks.csv');
		for (const c of checks)
			for (const id of c.sections.split(' ')) expect(byId.get(id)?.lengthScale, id).toBeDefined();
		const train = buildDistanceView(data()).journeys.find((j) => j.id === 'train')!;
		const scaled = train.legs.filter((l) => l.scaledBy.length > 0);
		expect(scaled.length).toBeGreaterThan(train.legs.length / 2);
		const sum = (xs: typeof scaled, k: 'lengthKm' | 'drawnKm') => xs.reduce((a, l) => a + l[k], 0);
		expect(train.lengthKm).toBeCloseTo(sum(train.legs, 'lengthKm'), 0);
		expect(train.drawnKm).toBeCloseTo(sum(train.legs, 'drawnKm'), 0);
		for (const l of train.legs.filter((x) => x.scaledBy.length === 0))
			expect(l.lengthKm, l.id).toBeCloseTo(l.drawnKm, 6);
	});

	it('routes rail legs on the network vertex by vertex, or says why not', () => {
		const keys = new Set(data().network.flatMap((s) => s.geometry.coordinates.map(vertexKey)));
		for (const { legs } of data().journeys) {
			for (const leg of legs.filter((l) => l.properties.mode === 'rail')) {
				if (leg.properties.shape === 'routed') {
					const off = leg.geometry.coordinates.filter((c) => !keys.has(vertexKey(c)));
					expect(off, leg.id).toEqual([]);
				} else {
					expect(leg.properties.reasoning?.length ?? 0, leg.id).toBeGreaterThan(10);
				}
			}
		}
	});

	it('records a check for every coordinate the places table marks APPROXIMATE', () => {
		const rows = readCsv<{ id: string; coord_source: string }>('geodata/src/places/places.csv');
		const approximate = rows.filter((r) => r.coord_source.includes('APPROXIMATE')).map((r) => r.id);
		expect(approximate.length).toBeGreaterThan(20);
		const places = new Map(data().places.map((p) => [p.id, p.properties]));
		for (const id of approximate) {
			expect(places.get(id!)?.coordCheck?.note.length ?? 0, id).toBeGreaterThan(10);
		}
	});

	it('gives each journey a period that spans all its trips', () => {
		for (const { meta } of data().journeys) {
			for (const trip of meta.trips) {
				expect(meta.period.start.date <= trip.start.date, `${meta.id} ${trip.label}`).toBe(true);
				expect(meta.period.end.date >= trip.end.date, `${meta.id} ${trip.label}`).toBe(true);
			}
		}
	});

	it('puts every stop on its place', () => {
		const places = new Map(data().places.map((p) => [p.id, p.geometry.coordinates]));
		for (const { stops } of data().journeys) {
			for (const s of stops) {
				expect(
					distance(s.geometry.coordinates, places.get(s.properties.place)!),
					s.id
				).toBeLessThan(0.01);
			}
		}
	});

	it('keeps the counts table in geodata/README.md true (npm run geodata:counts)', () => {
		const readme = readFileSync(`${root}geodata/README.md`, 'utf8');
		const inReadme = readme.slice(
			readme.indexOf(COUNTS_START) + COUNTS_START.length,
			readme.indexOf(COUNTS_END)
		);
		// Compare cell by cell, so Prettier's column padding does not matter.
		const cells = (table: string) =>
			table
				.trim()
				.split('\n')
				.filter((row) => !/^\|\s*-/.test(row))
				.map((row) => row.split('|').map((c) => c.trim()));
		expect(cells(inReadme)).toEqual(cells(countsTable(geodataCounts(data()))));
	});
});

describe('routed rail distances against published period figures', () => {
	// Published through distances (railways_1918.md §1), converted at 1 verst = 1.0668 km.
	const VERST = 1.0668;
	it.each([
		['moscow_yaroslavsky_stn', 'petrograd', 604 * VERST, 'Nikolaev railway, 604 versts'],
		[
			'moscow_kazansky_stn',
			'kazan',
			745 * VERST,
			'Moscow–Kazan timetable, 745 versts (early 1920s)'
		],
		['moscow', 'kursk', 542.7, 'Moscow–Kursk railway, 542.7 km (1868)'],
		['moscow', 'smolensk', 392 * VERST, 'Moscow–Smolensk, 392 versts'],
		['moscow_kazansky_stn', 'ryazan', 197, 'Moscow Kazansky–Ryazan I, 197 km']
	])('%s → %s is within 10%% of %f km (%s)', (from, to, publishedKm) => {
		const router = createRailRouter(data().network, data().places);
		const result = router.route(from, to, '1921-01-01');
		if (!result.ok) throw new Error(result.message);
		expect(Math.abs(result.route.distanceKm - publishedKm) / publishedKm).toBeLessThanOrEqual(0.1);
	});
});
