import { describe, expect, it } from 'vitest';
import {
	formatHistoricalDate,
	formatIsoDate,
	formatLegDates,
	formatOpening,
	formatStay
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

	it('gives a leg its dates from the departure and the arrival, and says what is missing', () => {
		const d = (date: string, precision: 'day' | 'approx' = 'day') => ({ date, precision });
		expect(formatLegDates(d('1918-08-08'), d('1918-08-10'))).toBe('8–10 August 1918');
		expect(formatLegDates(d('1918-08-31', 'approx'), d('1918-09-02'))).toBe(
			'c. 31 August 1918 – 2 September 1918'
		);
		expect(formatLegDates(d('1918-08-08'))).toBe('left 8 August 1918; arrival not recorded');
		expect(formatLegDates(undefined, d('1918-08-10'))).toMatch(
			/^arrived 10 August 1918; departure/
		);
		expect(formatLegDates()).toMatch(/not recorded/);
	});

	it('gives a section’s opening as a day, or as the bracket the sources allow', () => {
		expect(formatOpening({ date: '1893-12-22', precision: 'day' })).toBe('22 December 1893');
		expect(
			formatOpening({
				date: '1920-07-01',
				precision: 'approx',
				earliest: '1919-01-01',
				latest: '1920-09-30'
			})
		).toBe('between 1 January 1919 and 30 September 1920');
		expect(formatOpening({ date: '1903-07-01', precision: 'approx' })).toBe('c. 1 July 1903');
		const bracket = (earliest: string, latest: string) =>
			formatOpening({ date: earliest, precision: 'approx', earliest, latest });
		expect(bracket('1867-01-01', '1867-12-31')).toBe('in 1867');
		expect(bracket('1912-12-01', '1912-12-31')).toBe('in December 1912');
		expect(bracket('1916-02-01', '1916-02-29')).toBe('in February 1916');
		expect(bracket('1874-09-01', '1874-10-31')).toBe(
			'between 1 September 1874 and 31 October 1874'
		);
		expect(bracket('1867-01-01', '1867-12-30')).toBe('between 1 January 1867 and 30 December 1867');
	});
});
