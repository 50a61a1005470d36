// Every sea leg keeps off land on both maps: Natural Earth 50 m and the basemap the reader sees (a
// lane clear of one can cross the other's coarser coast). Points every STEP_KM along each leg are
// tested, except near its two ports (where a harbour sits inside the coastline at these scales) and
// inside the few named passages that the land data closes.
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { distance } from '@turf/turf';
import type { Position } from 'geojson';
import { formatGeodataIssue, parseGeodata } from '../../src/lib/journey/geodata';
import { readGeodataFiles } from '../../scripts/lib/read-geodata-files';
import { landSets } from './land';

const STEP_KM = 2;
const PORT_KM = 4;

/** Waterways the land data draws as land: a polyline and a half-width, each with its reason. */
const PASSAGES: { id: string; why: string; line: Position[]; km: number }[] = [
	{
		id: 'corinth-canal',
		why: 'the Corinth Canal (opened 1893; documented passage Nov 1932) and its two approach bays are land at 50 m',
		line: [
			[23.06, 37.895],
			[23.005, 37.915],
			[22.958, 37.948],
			[22.9, 37.99]
		],
		km: 2.5
	},
	{
		id: 'panuco-river',
		why: 'Tampico lies about 10 km up the Pánuco from the bar; the river is land at 50 m',
		line: [
			[-97.77, 22.265],
			[-97.81, 22.24],
			[-97.85, 22.217]
		],
		km: 2.5
	},
	{
		id: 'scheldt',
		why: 'the Scheldt and the Westerschelde from Antwerp to Vlissingen (0.5–5 km wide) are land or broken at 50 m',
		line: [
			[4.39, 51.24],
			[4.33, 51.3],
			[4.29, 51.35],
			[4.22, 51.4],
			[4.1, 51.415],
			[3.95, 51.42],
			[3.78, 51.4],
			[3.6, 51.42]
		],
		km: 2.5
	},
	{
		id: 'inner-oslofjord',
		why: 'the Oslofjord north of Drøbak (1–5 km wide) is land at 50 m',
		line: [
			[10.6, 59.74],
			[10.63, 59.82],
			[10.71, 59.89],
			[10.735, 59.905]
		],
		km: 2.5
	}
];

const km = (a: Position, b: Position) => distance(a, b, { units: 'kilometers' });

/** Points along a polyline about every `stepKm` (linear in degrees between close vertices). */
export function samples(line: readonly Position[], stepKm: number): Position[] {
	const out: Position[] = [];
	line.forEach((a, i) => {
		const b = line[i + 1];
		out.push(a);
		if (!b) return;
		const n = Math.max(1, Math.ceil(km(a, b) / stepKm));
		for (let k = 1; k < n; k++)
			out.push([a[0]! + ((b[0]! - a[0]!) * k) / n, a[1]! + ((b[1]! - a[1]!) * k) / n]);
	});
	return out;
}

function nearSegment(p: Position, a: Position, b: Position, limitKm: number): boolean {
	return samples([a, b], 0.5).some((q) => km(p, q) <= limitKm);
}
const inPassage = (p: Position) =>
	PASSAGES.some((g) => g.line.some((a, i) => i > 0 && nearSegment(p, g.line[i - 1]!, a, g.km)));

const root = fileURLToPath(new URL('../..', import.meta.url));
const result = parseGeodata(readGeodataFiles(root));
if (!result.ok) throw new Error(result.issues.map(formatGeodataIssue).join('\n'));
const seaLegs = result.data.journeys.flatMap((j) =>
	j.legs.filter((l) => l.properties.mode === 'sea').map((l) => l)
);

describe.each(landSets().map((s) => [s.name, s] as const))('sea lanes clear of %s', (_, land) => {
	it('has sea legs to check', () => {
		expect(seaLegs.length).toBeGreaterThan(10);
	});

	it.each(seaLegs.map((l) => [l.id, l] as const))('%s', (_, leg) => {
		const line = leg.geometry.coordinates;
		const [start, end] = [line[0]!, line.at(-1)!];
		const wet = samples(line, STEP_KM).filter(
			(p) => km(p, start) > PORT_KM && km(p, end) > PORT_KM && !inPassage(p)
		);
		const onLand = wet
			.filter((p) => land.onLand(p))
			.map((p) => p.map((v) => Math.round(v * 1e3) / 1e3));
		expect(onLand).toEqual([]);
	});
});
