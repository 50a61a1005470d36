import { describe, expect, it } from 'vitest';
import { keptAt, MAX_ZOOM, NEVER, toleranceAt, vertexZooms } from './line-zooms';

/** Squared distance from p to segment a → b (the test's own, to check the module's guarantee). */
function distance(p: [number, number], a: [number, number], b: [number, number]): number {
	const [dx, dy] = [b[0] - a[0], b[1] - a[1]];
	const len = dx * dx + dy * dy;
	const t = len > 0 ? Math.min(1, Math.max(0, ((p[0] - a[0]) * dx + (p[1] - a[1]) * dy) / len)) : 0;
	return Math.hypot(p[0] - a[0] - t * dx, p[1] - a[1] - t * dy);
}

/** A wavy line with a little jitter, in world units around the middle of the world. */
function wavy(n: number): { x: Float64Array; y: Float64Array } {
	const x = new Float64Array(n);
	const y = new Float64Array(n);
	for (let i = 0; i < n; i++) {
		x[i] = 0.5 + (i / n) * 0.02;
		y[i] = 0.3 + 0.003 * Math.sin(i / 700) + 1e-7 * Math.sin(i * 12.9898);
	}
	return { x, y };
}

describe('vertexZooms', () => {
	it('draws both ends at every zoom and never a vertex on a straight run', () => {
		const x = Float64Array.from([0, 0.1, 0.2, 0.3]);
		const y = Float64Array.from([0.5, 0.5, 0.5, 0.5]);
		expect([...vertexZooms(x, y)]).toEqual([0, NEVER, NEVER, 0]);
	});

	it("gives a bend the first zoom at which its offset exceeds that zoom's tolerance", () => {
		const offset = 1e-5; // world units: 0.005 px at zoom 0 (512 px world), 0.33 px at zoom 6
		const zooms = vertexZooms(
			Float64Array.from([0.4, 0.5, 0.6]),
			Float64Array.from([0.5, 0.5 + offset, 0.5])
		);
		expect(zooms[1]).toBe(6);
		expect(offset).toBeGreaterThan(toleranceAt(6));
		expect(offset).toBeLessThan(toleranceAt(5));
	});
});

describe('keptAt', () => {
	const { x, y } = wavy(200_000);
	const zooms = vertexZooms(x, y);

	it('keeps the ends, more vertices at deeper zooms, each line inside the deeper one', () => {
		let previous = new Set<number>();
		for (let zoom = 0; zoom <= MAX_ZOOM; zoom += 2) {
			const kept = keptAt(zooms, zoom);
			expect(kept[0]).toBe(0);
			expect(kept.at(-1)).toBe(x.length - 1);
			for (let k = 1; k < kept.length; k++) expect(kept[k]!).toBeGreaterThan(kept[k - 1]!);
			const now = new Set(kept);
			expect([...previous].every((v) => now.has(v))).toBe(true);
			expect(kept.length).toBeGreaterThanOrEqual(previous.size);
			previous = now;
		}
		// Far fewer than the 200,000 points at the zooms the map shows.
		expect(keptAt(zooms, 5).length).toBeLessThan(500);
		expect(keptAt(zooms, 13).length).toBeLessThan(10_000);
	});

	it("strays from the full line by no more than the zoom's tolerance", () => {
		for (const zoom of [3, 8, 13]) {
			const kept = keptAt(zooms, zoom);
			const tolerance = toleranceAt(zoom);
			let k = 0;
			for (let i = 0; i < x.length; i += 37) {
				while ((kept[k + 1] ?? Infinity) < i) k++;
				const a = kept[k]!;
				const b = kept[Math.min(k + 1, kept.length - 1)]!;
				expect(distance([x[i]!, y[i]!], [x[a]!, y[a]!], [x[b]!, y[b]!])).toBeLessThanOrEqual(
					tolerance
				);
			}
		}
	});

	it('falls back to a coarser zoom rather than exceed the cap', () => {
		const all = keptAt(zooms, 13).length;
		const capped = keptAt(zooms, 13, Math.floor(all / 2));
		expect(capped.length).toBeLessThanOrEqual(Math.floor(all / 2));
		expect(capped.length).toBeGreaterThan(2);
		expect(capped[0]).toBe(0);
		expect(capped.at(-1)).toBe(x.length - 1);
	});
});
