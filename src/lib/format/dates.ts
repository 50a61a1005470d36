// Dates as readers write them ("17 September 1918", "c. 9 August 1918", "August 1918", "20 July 336 BC").
// Works on the ISO strings directly: no epoch milliseconds, so dates before 1970 are safe everywhere.
// Years are astronomical in the data (year 0 is 1 BC) and proleptic Gregorian.
import type { HistoricalDate } from '$lib/journey/schema';
import { isoYear } from '$lib/journey/days';
import { dateParts as parts, formatIsoDate, formatYear, MONTHS } from './day';

// The day alone (the first view's date) lives in day.ts, apart, so the first view carries only it.
export { formatDay, formatIsoDate, formatYear } from './day';

/** How precisely a date is known, in words: `(exact day)`, `(month only)`, `(approximate)`. */
export const PRECISION_WORDS: Record<HistoricalDate['precision'], string> = {
	day: 'exact day',
	month: 'month only',
	approx: 'approximate'
};

/** A historical date with its precision: `c. 9 August 1918`, `August 1918`, `336 BC`. */
export function formatHistoricalDate(date: HistoricalDate): string {
	const { y, m } = parts(date.date);
	if (date.precision === 'month') return `${MONTHS[m - 1]} ${formatYear(y)}`;
	// Known only to the year (a window of the whole year): the year, not "c. 1 January".
	if (wholeYear(date, y)) return formatYear(y);
	const day = formatIsoDate(date.date);
	return date.precision === 'approx' ? `c. ${day}` : day;
}

function wholeYear(date: HistoricalDate, y: number): boolean {
	const year = isoYear(y);
	return (
		date.precision === 'approx' &&
		date.earliest === `${year}-01-01` &&
		date.latest === `${year}-12-31`
	);
}

/** Arrival and departure as one phrase: `9–30 August 1918`, `arrived c. 9 August 1918`. */
export function formatStay(arrive?: HistoricalDate, depart?: HistoricalDate): string {
	if (arrive && depart) {
		if (arrive.date === depart.date) {
			// One day: say it once, with the less certain of the two readings.
			return formatHistoricalDate(arrive.precision === 'day' ? depart : arrive);
		}
		const a = parts(arrive.date);
		const b = parts(depart.date);
		if (arrive.precision === 'day' && depart.precision === 'day' && a.y === b.y && a.m === b.m) {
			return `${a.d}–${b.d} ${MONTHS[b.m - 1]} ${formatYear(b.y)}`;
		}
		return `${formatHistoricalDate(arrive)} – ${formatHistoricalDate(depart)}`;
	}
	if (arrive) return `arrived ${formatHistoricalDate(arrive)}`;
	if (depart) return `left ${formatHistoricalDate(depart)}`;
	return 'date unknown';
}

/** The years of a period: `1918–1921`, `334 BC–331 BC`; a year once. */
export function formatYearSpan(startIso: string, endIso: string): string {
	const [a, b] = [parts(startIso).y, parts(endIso).y];
	return a === b ? formatYear(a) : `${formatYear(a)}–${formatYear(b)}`;
}

/**
 * Two days for a table: ISO and short when the years need no era (`1918-08-08 – 09-02` within a year),
 * as readers write them otherwise (`1 March 334 BC – 5 November 333 BC`): `-0333` is not for readers.
 */
export function formatDaySpan(startIso: string, endIso: string): string {
	const [a, b] = [parts(startIso).y, parts(endIso).y];
	if (a < 1000 || b < 1000) return `${formatIsoDate(startIso)} – ${formatIsoDate(endIso)}`;
	return `${startIso} – ${a === b ? endIso.slice(5) : endIso}`;
}
