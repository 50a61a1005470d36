import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { legFeature } from '$lib/journey/fixtures/features';
import { legFeatureSchema, lngLatSchema } from '$lib/journey/schema';
import { isLngLat, parseLegFeature } from './parse-leg';

const leg = (coordinates: unknown[]) => ({
	...legFeature('l1', [], {
		trip: 1,
		from: '1918-08-07-moscow',
		to: '1918-08-09-kazan',
		mode: 'foot',
		shape: 'traced'
	}),
	geometry: { type: 'LineString', coordinates }
});

describe('isLngLat', () => {
	it('agrees with lngLatSchema on any value', () => {
		const number = fc.oneof(
			fc.double(),
			fc.constantFrom(NaN, Infinity, -Infinity, -0, 180, -180, 90, -90, 180.0001)
		);
		const value = fc.oneof(
			fc.tuple(number, number),
			fc.array(number, { maxLength: 4 }),
			fc.anything()
		);
		fc.assert(
			fc.property(value, (v) => {
				expect(isLngLat(v)).toBe(lngLatSchema.safeParse(v).success);
			}),
			{ numRuns: 5000 }
		);
	});
});

describe('parseLegFeature', () => {
	const line = Array.from({ length: 1000 }, (_, i) => [20 + i / 1000, 50 + Math.sin(i) / 100]);

	it('answers what the schema answers, keeping the line itself rather than a copy', () => {
		const f = leg(line);
		const parsed = parseLegFeature(f);
		expect(parsed.error?.issues).toBeUndefined();
		expect(parsed.data).toEqual(legFeatureSchema.parse(f));
		expect(parsed.data?.geometry.coordinates).toBe(line);
	});

	it('gives the schema’s own issues for a bad position or a bad property', () => {
		for (const f of [
			leg([...line.slice(0, 500), [200, 50], ...line.slice(500)]),
			leg([...line, [20, 50, 3]]),
			{ ...leg(line), properties: { ...leg(line).properties, grade: 'guessed' } },
			{ ...leg(line), geometry: { type: 'LineString', coordinates: line, extra: 1 } }
		]) {
			const parsed = parseLegFeature(f);
			expect(parsed.success).toBe(false);
			expect(parsed.error?.issues).toEqual(legFeatureSchema.safeParse(f).error?.issues);
		}
	});
});
