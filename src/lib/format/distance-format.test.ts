import { describe, expect, it } from 'vitest';
import { formatDistance, formatDistanceValue, formatShare } from './distance-format';

describe('formatDistance', () => {
	it.each([
		[120_700.8, 'km', '120,701 km'],
		[120_700.8, 'mi', '75,000 mi'],
		[106_680, 'verst', '100,000 versts'],
		[32.004, 'verst', '30 versts'],
		[12.34, 'km', '12.3 km'],
		[0, 'km', '0 km']
	] as const)('%d km in %s is %s', (km, unit, text) => {
		expect(formatDistance(km, unit)).toBe(text);
	});

	it('gives the bare number for tables', () => {
		expect(formatDistanceValue(1609.344, 'mi')).toBe('1,000');
	});

	it('writes shares as percentages with one decimal', () => {
		expect(formatShare(0.40345)).toBe('40.3%');
		expect(formatShare(1)).toBe('100%');
		expect(formatShare(0.0004)).toBe('0%');
	});
});
