import { describe, expect, it } from 'vitest';
import { dayNumber, isoFromDayNumber } from './days';

describe('day numbers', () => {
	it.each([
		['1970-01-01', 0],
		['1970-01-02', 1],
		['1969-12-31', -1],
		['2000-03-01', 11017],
		['1918-08-08', -18774],
		['1900-02-28', -25509],
		['1900-03-01', -25508]
	])('%s is day %i', (iso, n) => {
		expect(dayNumber(iso)).toBe(n);
		expect(isoFromDayNumber(n)).toBe(iso);
	});

	it('agrees with Date.UTC across the journeys’ years, leap days included', () => {
		for (let d = dayNumber('1917-01-01'); d <= dayNumber('1941-12-31'); d++) {
			const iso = new Date(d * 86_400_000).toISOString().slice(0, 10);
			expect(isoFromDayNumber(d)).toBe(iso);
			expect(dayNumber(iso)).toBe(d);
		}
	});

	it('drops the fraction when formatting', () => {
		expect(isoFromDayNumber(dayNumber('1940-08-20') + 0.99)).toBe('1940-08-20');
	});
});
