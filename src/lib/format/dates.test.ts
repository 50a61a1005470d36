import { describe, expect, it } from 'vitest';
import {
	formatDaySpan,
	formatHistoricalDate,
	formatIsoDate,
	formatStay,
	formatYearSpan
} from './dates';

describe('date formatting', () => {
	it.each([
		['1918-09-17', '17 September 1918'],
		['1940-08-21', '21 August 1940'],
		['1900-01-01', '1 January 1900']
	])('formats %s as %s', (iso, text) => expect(formatIsoDate(iso)).toBe(text));

	it('shows precision', () => {
		expect(formatHistoricalDate({ date: '1918-08-09', precision: 'approx' })).toBe(
			'c. 9 August 1918'
		);
		expect(formatHistoricalDate({ date: '1919-12-01', precision: 'month' })).toBe('December 1919');
	});

	it('writes BC and early AD years as readers do', () => {
		expect(formatIsoDate('-0335-07-20')).toBe('20 July 336 BC');
		expect(formatIsoDate('0000-12-31')).toBe('31 December 1 BC');
		expect(formatIsoDate('0001-01-01')).toBe('1 January AD 1');
		expect(formatHistoricalDate({ date: '-0333-05-01', precision: 'month' })).toBe('May 334 BC');
	});

	it('gives a date known only to its year as the year', () => {
		const year = (y: string) => ({
			date: `${y}-01-01`,
			precision: 'approx' as const,
			earliest: `${y}-01-01`,
			latest: `${y}-12-31`
		});
		expect(formatHistoricalDate(year('-0335'))).toBe('336 BC');
		expect(formatHistoricalDate(year('1920'))).toBe('1920');
		// A narrower window stays a day, approximately.
		expect(formatHistoricalDate({ ...year('1920'), latest: '1920-06-30' })).toBe(
			'c. 1 January 1920'
		);
	});

	it('writes spans of years and days, with the era where one is needed', () => {
		expect(formatYearSpan('1918-08-08', '1921-03-01')).toBe('1918–1921');
		expect(formatYearSpan('-0333-03-01', '-0330-10-20')).toBe('334 BC–331 BC');
		expect(formatYearSpan('1920-01-01', '1920-05-01')).toBe('1920');
		expect(formatDaySpan('1918-08-08', '1918-09-02')).toBe('1918-08-08 – 09-02');
		expect(formatDaySpan('1918-12-30', '1919-01-02')).toBe('1918-12-30 – 1919-01-02');
		expect(formatDaySpan('-0333-03-01', '-0332-11-05')).toBe('1 March 334 BC – 5 November 333 BC');
	});

	it('joins a stay into one phrase', () => {
		const d = (date: string) => ({ date, precision: 'day' as const });
		expect(formatStay(d('1918-08-10'), d('1918-08-30'))).toBe('10–30 August 1918');
		expect(formatStay(d('1918-08-30'), d('1918-09-02'))).toBe('30 August 1918 – 2 September 1918');
		expect(formatStay(d('1918-09-17'), d('1918-09-17'))).toBe('17 September 1918');
		expect(formatStay(d('1918-09-17'), { date: '1918-09-17', precision: 'approx' })).toBe(
			'c. 17 September 1918'
		);
		expect(formatStay(undefined, d('1918-08-08'))).toBe('left 8 August 1918');
		expect(formatStay()).toBe('date unknown');
	});
});

describe('dates before year 1000', () => {
	it('writes BC and AD years from astronomical ones', () => {
		expect(formatIsoDate('-0335-07-20')).toBe('20 July 336 BC');
		expect(formatIsoDate('0000-03-01')).toBe('1 March 1 BC');
		expect(formatIsoDate('0033-04-03')).toBe('3 April AD 33');
		expect(formatHistoricalDate({ date: '-0217-06-01', precision: 'month' })).toBe('June 218 BC');
		expect(
			formatStay(
				{ date: '-0335-07-20', precision: 'day' },
				{ date: '-0335-07-24', precision: 'day' }
			)
		).toBe('20–24 July 336 BC');
	});
});
