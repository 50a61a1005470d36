import { describe, expect, it } from 'vitest';
import { buildJourneyIndex } from '$lib/journey/journey-index';
import { positionAt } from '$lib/journey/position';
import { syntheticJourney } from '$lib/journey/fixtures/synthetic';
import type { LngLat } from '$lib/journey/schema';
import {
	legLine,
	legPieces,
	legProgress,
	MAX_PIECES,
	mercator,
	pieceCount,
	piecesTravelled
} from './travelled';

const index = buildJourneyIndex(syntheticJourney({ trips: 2, verticesPerTrip: 80, seed: 4 }));

describe('mercator', () => {
	it('maps the origin to the centre of the world and keeps x linear in longitude', () => {
		expect(mercator([0, 0])).toEqual([0.5, 0.5]);
		expect(mercator([-180, 0])[0]).toBe(0);
		expect(mercator([90, 0])[0]).toBe(0.75);
		// North is up: larger latitudes have smaller y, and y grows faster towards the pole.
		const [, y50] = mercator([0, 50]);
		const [, y60] = mercator([0, 60]);
		expect(y60).toBeLessThan(y50);
		expect(0.5 - y50).toBeGreaterThan((50 / 360) * 1);
	});
});

describe('legLine', () => {
	it('runs from the departure vertex to the arrival vertex, with growing planar length', () => {
		for (let legIndex = 0; legIndex < index.legs.length; legIndex++) {
			const line = legLine(index, legIndex)!;
			const leg = index.legs[legIndex]!;
			expect(line.first).toBe(index.stops[leg.fromStop]!.vertex + 1);
			expect(line.last).toBe(index.stops[leg.toStop]!.vertex);
			expect(line.coordinates[0]).toEqual(index.stops[leg.fromStop]!.lngLat);
			expect(line.coordinates.at(-1)).toEqual(index.stops[leg.toStop]!.lngLat);
			expect(line.planar[0]).toBe(0);
			for (let k = 1; k < line.planar.length; k++) {
				expect(line.planar[k]!).toBeGreaterThanOrEqual(line.planar[k - 1]!);
			}
		}
	});

	it('is null for a leg that is not there', () => {
		expect(legLine(index, -1)).toBeNull();
		expect(legLine(index, index.legs.length)).toBeNull();
	});
});

describe('legProgress', () => {
	const legIndex = 1;
	const line = legLine(index, legIndex)!;
	const t0 = index.t[line.first]!;
	const t1 = index.t[line.last]!;

	it('is 0 at departure, 1 on arrival, and never goes back while the clock runs', () => {
		expect(legProgress(line, positionAt(index, t0))).toBe(0);
		expect(legProgress(line, { segment: line.last, lngLat: line.coordinates.at(-1)! })).toBe(1);
		let previous = 0;
		for (let k = 1; k <= 200; k++) {
			const p = positionAt(index, t0 + ((t1 - t0) * k) / 201);
			expect(p.legIndex).toBe(legIndex);
			const f = legProgress(line, p);
			expect(f).toBeGreaterThanOrEqual(previous - 1e-12);
			expect(f).toBeLessThanOrEqual(1);
			previous = f;
		}
		expect(previous).toBeGreaterThan(0.95);
	});

	it('is exactly the planar share at every vertex', () => {
		const total = line.planar.at(-1)!;
		for (let k = 0; k < line.coordinates.length - 1; k++) {
			const f = legProgress(line, { segment: line.first + k, lngLat: line.coordinates[k]! });
			expect(f).toBeCloseTo(line.planar[k]! / total, 12);
		}
	});

	it('clamps positions outside the leg', () => {
		expect(legProgress(line, { segment: line.first - 1, lngLat: [0, 0] })).toBe(0);
		expect(legProgress(line, { segment: line.last + 3, lngLat: [0, 0] })).toBe(1);
	});
});

describe('legPieces', () => {
	// A leg of the synthetic journey: many vertices at uneven spacing.
	const line = legLine(index, 1)!;

	it('cuts the leg into pieces of equal planar length that join end to start and keep every vertex', () => {
		const count = 7;
		const pieces = legPieces(line, count);
		expect(pieces).toHaveLength(count);
		const planarLength = (coords: LngLat[]) =>
			coords.slice(1).reduce((sum, c, i) => {
				const a = mercator(coords[i]!);
				const b = mercator(c);
				return sum + Math.hypot(b[0] - a[0], b[1] - a[1]);
			}, 0);
		const total = line.planar.at(-1)!;
		for (const piece of pieces) expect(planarLength(piece)).toBeCloseTo(total / count, 6);
		for (let k = 1; k < count; k++) expect(pieces[k]![0]).toEqual(pieces[k - 1]!.at(-1));
		expect(pieces[0]![0]).toEqual(line.coordinates[0]);
		expect(pieces.at(-1)!.at(-1)).toEqual(line.coordinates.at(-1));
		const all = pieces.flat().map((c) => c.join(','));
		for (const v of line.coordinates) expect(all).toContain(v.join(','));
	});

	it('is the whole line as one piece when asked for one', () => {
		expect(legPieces(line, 1)).toEqual([line.coordinates]);
	});
});

describe('pieceCount and piecesTravelled', () => {
	const line = legLine(index, 1)!;

	it('makes pieces a few pixels long, from one up to the cap', () => {
		const px = line.planar.at(-1)! * 512 * 2 ** 4;
		expect(pieceCount(line, 4)).toBe(Math.min(MAX_PIECES, Math.max(1, Math.ceil(px / 4))));
		expect(pieceCount(line, -20)).toBe(1);
		expect(pieceCount(line, 30)).toBe(MAX_PIECES);
	});

	it('counts the pieces behind the marker, to the nearest piece, clamped', () => {
		expect(piecesTravelled(0, 10)).toBe(0);
		expect(piecesTravelled(0.34, 10)).toBe(3);
		expect(piecesTravelled(0.36, 10)).toBe(4);
		expect(piecesTravelled(1, 10)).toBe(10);
		expect(piecesTravelled(1.2, 10)).toBe(10);
	});
});
