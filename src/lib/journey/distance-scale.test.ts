import { describe, expect, it } from 'vitest';
import { edgeScales, scaledLength } from './distance-scale';
import { onDay, sectionFeature } from './fixtures/features';

const KM_PER_DEGREE = 111.19508; // 2π × 6371.0088 / 360, by hand
/** Points along the equator (or the parallel `lat`) at the given longitudes. */
const along = (lngs: number[], lat = 0): [number, number][] => lngs.map((x) => [x, lat]);

describe('scaledLength', () => {
	// A section along the equator from 0° to 2°, drawn 2° long, published 10% longer.
	const scaled = sectionFeature('S1', along([0, 1, 2]), {
		stations: ['alpha', 'gamma'],
		opened: onDay('1900-01-01'),
		lengthScale: { factor: 1.1, by: 'S1' }
	});
	const plain = sectionFeature('S2', along([2, 3]), {
		stations: ['gamma', 'delta'],
		opened: onDay('1900-01-01')
	});
	const edges = edgeScales([scaled, plain]);

	it('counts the part of a scaled section a leg uses at its scale, the rest as drawn', () => {
		const r = scaledLength(along([1, 2, 3]), edges);
		expect(r.drawnKm).toBeCloseTo(2 * KM_PER_DEGREE, 3);
		expect(r.lengthKm).toBeCloseTo(1.1 * KM_PER_DEGREE + KM_PER_DEGREE, 3);
		expect(r.scaledBy).toEqual(['S1']);
	});

	it('scales a leg running the section backwards the same way', () => {
		const r = scaledLength(along([2, 1, 0]), edges);
		expect(r.lengthKm).toBeCloseTo(2.2 * KM_PER_DEGREE, 3);
	});

	it('leaves a line off the network as drawn', () => {
		const r = scaledLength(along([0, 1], 1), edges);
		expect(r.lengthKm).toBe(r.drawnKm);
		expect(r.scaledBy).toEqual([]);
	});
});
