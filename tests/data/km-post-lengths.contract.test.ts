// Sections drawn short of today's km posts count the km posts' length, never a bent line: each
// `L-kmposts-…` line check spans its section's first and last km posts (from the ESR table the
// shape points come from), its factor is the posts' distance over the line drawn between those
// same two points, and the section and the legs on it say the length is today's, not a period one.
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { distance } from '@turf/turf';
import type { Position } from 'geojson';
import { formatGeodataIssue, parseGeodata } from '../../src/lib/journey/geodata';
import { buildDistanceView } from '../../src/lib/journey/distance-view';
import { readGeodataFiles } from '../../scripts/lib/read-geodata-files';
import { readCsv } from '../../scripts/geodata/lib/io';

const root = fileURLToPath(new URL('../..', import.meta.url));
const result = parseGeodata(readGeodataFiles(root));
if (!result.ok) throw new Error(result.issues.map(formatGeodataIssue).join('\n'));
const data = result.data;

type Row = Record<string, string>;
const checks = readCsv<Row>('geodata/src/network/line-checks.csv').filter((c) =>
	c.id!.startsWith('L-kmposts-')
);
const points = readCsv<Row>('geodata/src/network/points.csv');
const round5 = (x: number) => Math.round(x * 1e5) / 1e5;
const alongKm = (coords: Position[]) =>
	coords.slice(1).reduce((a, c, i) => a + distance(coords[i]!, c, { units: 'kilometers' }), 0);

describe('lengths from today’s km posts', () => {
	it('count the seven sections the audit found drawn short, each by a check of its own', () => {
		expect(checks.map((c) => c.sections).sort()).toEqual(
			['R05a', 'R05c', 'R12b', 'R13f', 'R19', 'R20d', 'R28'].sort()
		);
	});

	it.each(checks.map((c) => [c.id!, c] as const))(
		'%s spans the first and last km posts, and its factor is posts ÷ drawn between them',
		(_id, c) => {
			const id = c.sections!;
			expect(c.exclude_section).toBe(id);
			expect(c.exclude).toBe('outside');
			const posts = points
				.filter((p) => p.section === id && /^\d+ km$/.test(p.name!))
				.map((p) => ({ km: parseInt(p.name!, 10), at: [round5(+p.lon!), round5(+p.lat!)] }));
			const first = posts.reduce((a, p) => (p.km < a.km ? p : a));
			const last = posts.reduce((a, p) => (p.km > a.km ? p : a));
			const lats = c.exclude_lat!.split(' ').map(Number).map(round5);
			const lons = c.exclude_lon!.split(' ').map(Number).map(round5);
			expect([lons[0], lats[0]]).toEqual(first.at);
			expect([lons[1], lats[1]]).toEqual(last.at);
			expect(Number(c.published_value)).toBe(last.km - first.km);
			expect(c.published_unit).toBe('km');
			expect(c.name).toMatch(/today's km posts.*not a period source/);

			const section = data.network.find((s) => s.id === id)!;
			const coords = section.geometry.coordinates;
			const index = (at: number[]) => coords.findIndex((v) => v[0] === at[0] && v[1] === at[1]);
			const [a, b] = [index(first.at), index(last.at)].sort((x, y) => x - y);
			expect(a).toBeGreaterThanOrEqual(0);
			const drawnKm = alongKm(coords.slice(a, b! + 1));
			const scale = section.properties.lengthScale;
			expect(scale?.by).toBe(c.id);
			expect(scale?.basis).toBe('km-posts');
			expect(scale?.factor).toBeCloseTo((last.km - first.km) / drawnKm, 4);
			// The drawn line is short of the posts, not bent to meet them.
			expect(scale!.factor).toBeGreaterThan(1);
			const texts = (section.properties.notes ?? []).map((n) => n.text);
			expect(texts.some((t) => t.includes("Counted at today's km posts, not at a period"))).toBe(
				true
			);
			expect(texts.some((t) => t.includes(`on the whole of ${id}`))).toBe(true);
			expect(texts.filter((t) => /understated/.test(t))).toEqual([]);
		}
	);

	it('legs routed over those sections count more than they are drawn, and say the length is today’s', () => {
		const ids = new Set(checks.map((c) => c.sections!));
		const counted = new Map(
			buildDistanceView(data).journeys.flatMap((j) => j.legs.map((l) => [l.id, l] as const))
		);
		const legs = data.journeys
			.flatMap((j) => j.legs)
			.filter((l) => l.properties.network?.some((s) => ids.has(s)));
		expect(legs.length).toBeGreaterThan(0);
		for (const l of legs) {
			const d = counted.get(l.id)!;
			expect(d.lengthKm, l.id).toBeGreaterThan(d.drawnKm);
			const notes = l.properties.notes ?? [];
			expect(
				notes.some((n) => n.text.includes("its length by today's km posts")),
				l.id
			).toBe(true);
		}
	});
});
