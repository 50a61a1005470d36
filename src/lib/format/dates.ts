// Dates as readers write them ("17 September 1918", "c. 9 August 1918", "August 1918", "20 July 336 BC").
// Works on the ISO strings directly: no epoch milliseconds, so dates before 1970 are safe everywhere.
// Years are astronomical in the data (year 0 is 1 BC) and proleptic Gregorian.
import type { HistoricalDate } from '$lib/journey/schema';
import { dateParts as parts, formatIsoDate, formatYear, MONTHS } from './day';

// The day alone (the first view's date) lives in day.ts, apart, so the first view carries only it.
export { formatDay, formatIsoDate, formatYear } from './day';

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
