import { describe, expect, it } from 'vitest';
import { PACK_SCALE, packJourneys, packLine, unpackJourneys, unpackLine } from './packed-lines';
import type { Journey } from '../journey/types';

describe('packed leg lines', () => {
	it('round-trips a line to within half a unit of 1e-4 degrees, across the antimeridian and the equator', () => {
		const line = [
			[37.61764, 55.75583],
			[179.99996, -0.00004],
			[-179.99991, 0.00012],
			[-99.13321, 19.43261]
		];
		const back = unpackLine(packLine(line));
		expect(back).toHaveLength(line.length);
		back.forEach(([lng, lat], i) => {
			expect(Math.abs(lng - (line[i]?.[0] ?? NaN))).toBeLessThanOrEqual(0.5 / PACK_SCALE + 1e-12);
			expect(Math.abs(lat - (line[i]?.[1] ?? NaN))).toBeLessThanOrEqual(0.5 / PACK_SCALE + 1e-12);
		});
	});

	it('stores small integer steps after the first vertex', () => {
		const deltas = packLine([
			[30.5, 50.45],
			[30.5012, 50.4493]
		]);
		expect(deltas).toEqual([305000, 504500, 12, -7]);
		expect(deltas.every(Number.isInteger)).toBe(true);
	});

	it('keeps an empty line empty', () => {
		expect(packLine([])).toEqual([]);
		expect(unpackLine([])).toEqual([]);
	});

	it('stores a vertex shared by several legs once, and walks it back and forth by ±1 steps', () => {
		const line = (id: string, coordinates: [number, number][]) => ({
			type: 'Feature' as const,
			id,
			geometry: { type: 'LineString' as const, coordinates },
			properties: { id } as unknown as Journey['legs'][number]['properties']
		});
		const a: [number, number] = [37.6, 55.75];
		const b: [number, number] = [37.7, 55.8];
		const c: [number, number] = [37.8, 55.85];
		const journey = {
			meta: {},
			stops: [],
			legs: [line('out', [a, b, c]), line('back', [c, b, a])]
		} as unknown as Journey;
		const packed = packJourneys([journey]);
		expect(packed.pool).toHaveLength(6);
		expect(packed.journeys[0]?.legs.map((l) => l.geometry.steps)).toEqual([
			[0, 1, 1],
			[2, -1, -1]
		]);
		const [back] = unpackJourneys(JSON.parse(JSON.stringify(packed)));
		expect(back?.legs.map((l) => l.geometry.coordinates)).toEqual([
			[a, b, c],
			[c, b, a]
		]);
	});
});
