// Dates as readers write them ("17 September 1918", "c. 9 August 1918", "August 1918", "20 July 336 BC").
// Works on the ISO strings directly: no epoch milliseconds, so dates before 1970 are safe everywhere.
// Years are astronomical in the data (year 0 is 1 BC) and proleptic Gregorian.
import type { HistoricalDate } from '$lib/journey/schema';
import { dayNumber, isoFromDayNumber, isoParts } from '$lib/journey/days';

const MONTHS = [
	'January',
	'February',
	'March',
	'April',
	'May',
	'June',
	'July',
	'August',
	'September',
	'October',
	'November',
	'December'
];

function parts(iso: string): { y: number; m: number; d: number } {
	const [y = 0, m = 1, d = 1] = isoParts(iso) ?? [];
	return { y, m, d };
}

/** An astronomical year as a reader's: `1918`, `AD 33`, `336 BC` (year -335), `1 BC` (year 0). */
export function formatYear(y: number): string {
	if (y <= 0) return `${1 - y} BC`;
	return y < 1000 ? `AD ${y}` : String(y);
}

/** `1918-09-17` → `17 September 1918`; `-0335-07-20` → `20 July 336 BC`. */
export function formatIsoDate(iso: string): string {
	const { y, m, d } = parts(iso);
	return `${d} ${MONTHS[m - 1]} ${formatYear(y)}`;
}

/** A historical date with its precision: `c. 9 August 1918`, `August 1918`. */
export function formatHistoricalDate(date: HistoricalDate): string {
	const { y, m } = parts(date.date);
	if (date.precision === 'month') return `${MONTHS[m - 1]} ${formatYear(y)}`;
	const day = formatIsoDate(date.date);
	return date.precision === 'approx' ? `c. ${day}` : day;
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

/** A journey-time day number as a reader's date: `17 September 1918`. */
export function formatDay(tDay: number): string {
	return formatIsoDate(isoFromDayNumber(tDay));
}

/**
 * A leg's dates from its two stops: `8–10 August 1918` (the departure from the first, the arrival at
 * the second), `left 8 August 1918`, or that neither is recorded.
 */
export function formatLegDates(left?: HistoricalDate, arrived?: HistoricalDate): string {
	if (left && arrived) return formatStay(left, arrived);
	if (left) return `left ${formatHistoricalDate(left)}; arrival not recorded`;
	if (arrived) return `arrived ${formatHistoricalDate(arrived)}; departure not recorded`;
	return 'not recorded; placed in time between its neighbours';
}

/**
 * When a rail section opened: `20 July 1862` where the day is known; else the bracket the sources
 * allow, `in 1867` or `in December 1912` where it is a whole year or month, else `between 1 January
 * 1919 and 30 September 1920`, since a midpoint date would claim too much.
 */
export function formatOpening(opened: HistoricalDate): string {
	const { earliest, latest } = opened;
	if (!earliest || !latest || opened.precision === 'day') return formatHistoricalDate(opened);
	const [a, b] = [parts(earliest), parts(latest)];
	const lastOfMonth = parts(isoFromDayNumber(dayNumber(latest) + 1)).d === 1;
	if (a.d === 1 && lastOfMonth && a.y === b.y) {
		if (a.m === 1 && b.m === 12) return `in ${formatYear(a.y)}`;
		if (a.m === b.m) return `in ${MONTHS[a.m - 1]} ${formatYear(a.y)}`;
	}
	return `between ${formatIsoDate(earliest)} and ${formatIsoDate(latest)}`;
}
