// Dates as readers write them ("17 September 1918", "c. 9 August 1918", "August 1918", "20 July 336 BC").
// Works on the ISO strings directly: no epoch milliseconds, so dates before 1970 are safe everywhere.
// Years are astronomical in the data (year 0 is 1 BC) and proleptic Gregorian.
import type { HistoricalDate } from '$lib/journey/schema';
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

/** A historical date with its precision: `c. 9 August 1918`, `August 1918`. */
export function formatHistoricalDate(date: HistoricalDate): string {
	const { y, m } = dateParts(date.date);
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
		const a = dateParts(arrive.date);
		const b = dateParts(depart.date);
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
