import { describe, expect, it } from 'vitest';
import { formatLegDates, formatOpening } from './leg-dates';

describe('a leg’s dates and a section’s opening', () => {
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
