import { describe, expect, it } from 'vitest';
import {
	compareIsoDates,
	dayNumber,
	isoFromDayNumber,
	isoParts,
	isRealIsoDate,
	julianDayNumber
} from './days';

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

describe('day numbers before year 1 (astronomical years, proleptic Gregorian)', () => {
	it('reads and writes signed years', () => {
		for (const iso of ['-0335-07-20', '0000-02-29', '-0001-12-31', '0033-04-03', '-4712-01-01']) {
			expect(isoFromDayNumber(dayNumber(iso))).toBe(iso);
		}
		expect(dayNumber('0000-12-31') + 1).toBe(dayNumber('0001-01-01'));
		expect(dayNumber('-0001-12-31') + 1).toBe(dayNumber('0000-01-01'));
	});

	it('agrees with Date.UTC, which is proleptic Gregorian too', () => {
		for (const iso of ['-0335-07-20', '0000-03-01', '-0100-02-28', '0033-04-03']) {
			const [y, m, d] = isoParts(iso) ?? [0, 0, 0];
			const utc = new Date(0);
			utc.setUTCFullYear(y, m - 1, d);
			expect(dayNumber(iso)).toBe(Math.round(utc.getTime() / 86_400_000));
		}
	});
});

describe('Julian (Old Style) dates', () => {
	it.each([
		[1918, 2, 1, '1918-02-14'],
		[1917, 10, 25, '1917-11-07'],
		[1582, 10, 5, '1582-10-15'],
		[1700, 2, 29, '1700-03-11'],
		[-43, 3, 15, '-0043-03-13'] // the Ides of March, 44 BC
	])('%i-%i-%i O.S. is %s', (y, m, d, iso) => {
		expect(isoFromDayNumber(julianDayNumber(y, m, d))).toBe(iso);
	});
});

describe('ordering ISO dates in time', () => {
	it('orders signed years by day number, unsigned ones as text', () => {
		const dates = [
			'1918-08-08',
			'-0333-11-05',
			'0000-06-01',
			'-0334-12-01',
			'-0001-01-01',
			'0033-04-03'
		];
		expect([...dates].sort(compareIsoDates)).toEqual([
			'-0334-12-01',
			'-0333-11-05',
			'-0001-01-01',
			'0000-06-01',
			'0033-04-03',
			'1918-08-08'
		]);
		expect(compareIsoDates('1918-08-08', '1918-08-08')).toBe(0);
		expect(compareIsoDates('-0333-11-05', '-0333-11-05')).toBe(0);
	});

	it('knows real days of the proleptic Gregorian calendar', () => {
		expect(['-0004-02-29', '0000-02-29', '-0335-07-20'].map(isRealIsoDate)).toEqual([
			true,
			true,
			true
		]);
		expect(['-0001-02-29', '1900-02-29', '-0000-01-01', '+1918-01-01'].map(isRealIsoDate)).toEqual([
			false,
			false,
			false,
			false
		]);
	});
});
