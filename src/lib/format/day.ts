// A day as readers write it ("17 September 1918", "20 July 336 BC"): the clock's date on the first
// view (the date chip, the slider). Works on the ISO strings directly: no epoch milliseconds, so dates
// before 1970 are safe everywhere. Years are astronomical in the data (year 0 is 1 BC) and proleptic
// Gregorian. Dates with a precision (dates.ts) are read after the first view, in the panels.
import { isoFromDayNumber, isoParts } from '$lib/journey/days';

export const MONTHS = [
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

export function dateParts(iso: string): { y: number; m: number; d: number } {
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
	const { y, m, d } = dateParts(iso);
	return `${d} ${MONTHS[m - 1]} ${formatYear(y)}`;
}

/** A journey-time day number as a reader's date: `17 September 1918`. */
export function formatDay(tDay: number): string {
	return formatIsoDate(isoFromDayNumber(tDay));
}
