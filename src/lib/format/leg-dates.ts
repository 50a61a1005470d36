// A leg's dates and a rail section's opening, for the leg panel: in a module of their own so that
// they load with the panel, not with the first view (dates.ts and day.ts are in the first view).
import type { HistoricalDate } from '$lib/journey/schema';
import { dayNumber, isoFromDayNumber } from '$lib/journey/days';
import { formatHistoricalDate, formatStay } from './dates';
import { dateParts, formatIsoDate, formatYear, MONTHS } from './day';

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
	const [a, b] = [dateParts(earliest), dateParts(latest)];
	const lastOfMonth = dateParts(isoFromDayNumber(dayNumber(latest) + 1)).d === 1;
	if (a.d === 1 && lastOfMonth && a.y === b.y) {
		if (a.m === 1 && b.m === 12) return `in ${formatYear(a.y)}`;
		if (a.m === b.m) return `in ${MONTHS[a.m - 1]} ${formatYear(a.y)}`;
	}
	return `between ${formatIsoDate(earliest)} and ${formatIsoDate(latest)}`;
}
