import { describe, expect, it } from 'vitest';
import { formatNumber } from './numbers';

describe('formatNumber', () => {
	it.each([
		[120_700.8, 0, '120,701'],
		[75_000, 0, '75,000'],
		[1_000_000, 0, '1,000,000'],
		[999.5, 0, '1,000'],
		[40.345, 1, '40.3'],
		[40.04, 1, '40'],
		[0.0004 * 100, 1, '0'],
		[12.34, 1, '12.3'],
		[2.5, 0, '3'],
		[0.25, 1, '0.3'],
		[0.15, 1, '0.2'],
		[-1234.56, 1, '-1,234.6'],
		[1.5e21, 0, '1,500,000,000,000,000,000,000'],
		[1e-7, 1, '0']
	])('%d with at most %d decimals is %s', (value, digits, text) => {
		expect(formatNumber(value, digits)).toBe(text);
	});

	it('writes what Intl.NumberFormat en-GB writes, over a spread of values', () => {
		// A seeded spread: whole numbers, tenths, exact halves and values near them, small and large.
		let seed = 17;
		const next = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
		const values = [0, 0.05, 0.15, 0.45, 1.005, 1.45, 99.95, 100.5, 1234.5, 123456.789, 1e-7, 2e21];
		for (let i = 0; i < 2000; i++) values.push((next() - 0.2) * 10 ** Math.floor(next() * 8));
		for (const digits of [0, 1, 3]) {
			const intl = new Intl.NumberFormat('en-GB', { maximumFractionDigits: digits });
			for (const v of values) expect(formatNumber(v, digits), `${v}`).toBe(intl.format(v));
		}
	});
});
