import { describe, expect, it } from 'vitest';
import {
	DISTANCE_UNITS,
	KM_PER_MI,
	KM_PER_VERST,
	kmToUnit,
	parseDistanceUnit,
	unitToKm
} from './distance-units';

describe('distance units', () => {
	it('uses 1 verst = 1.0668 km and 1 mi = 1.609344 km', () => {
		expect(KM_PER_VERST).toBe(1.0668);
		expect(KM_PER_MI).toBe(1.609344);
		expect(unitToKm(1, 'verst')).toBe(1.0668);
		expect(unitToKm(1, 'km')).toBe(1);
	});

	it.each([
		// value, unit, km worked out by hand
		[75_000, 'mi', 120_700.8],
		[100_000, 'verst', 106_680],
		[121_000, 'km', 121_000],
		[300, 'verst', 320.04],
		[35, 'mi', 56.32704]
	] as const)('%d %s is %d km', (value, unit, km) => {
		expect(unitToKm(value, unit)).toBeCloseTo(km, 6);
		expect(kmToUnit(km, unit)).toBeCloseTo(value, 6);
	});

	it('converts km to miles and versts and back without drift', () => {
		for (const unit of DISTANCE_UNITS) {
			expect(unitToKm(kmToUnit(48_701.272, unit), unit)).toBeCloseTo(48_701.272, 9);
		}
		expect(kmToUnit(1000, 'mi')).toBeCloseTo(621.371192, 6);
		expect(kmToUnit(1000, 'verst')).toBeCloseTo(937.382827, 6);
	});

	it.each([
		['mi', 'mi'],
		['km', 'km'],
		['verst', 'verst'],
		['versts', 'verst'],
		[' KM ', 'km'],
		['miles', undefined],
		['', undefined],
		[null, undefined],
		[undefined, undefined]
	] as const)('parses the URL value %j as %j', (raw, unit) => {
		expect(parseDistanceUnit(raw)).toBe(unit);
	});
});
