/**
 * Which of the itinerary's rows are in the page when a journey has more stops than a list can hold:
 * an imported log of 150,000 stops would otherwise put every one in the DOM (a million nodes and
 * more) and rework each of them as the clock moves. Past `limit` rows, the list shows `limit` of them
 * from a page boundary at or before the stop in focus (the selected one, or the one the clock has
 * reached), so that the window moves only when the focus crosses into another page, not on every
 * frame.
 */
import { lastAtOrBefore } from '$lib/journey/partition-point';

export interface RowWindow {
	/** First row shown (0-based, inclusive). */
	from: number;
	/** Past the last row shown (exclusive). */
	to: number;
	/** Whether rows are left out. */
	partial: boolean;
}

export const ITINERARY_LIMIT = 2000;
export const ITINERARY_PAGE = 1000;

export function rowWindow(
	total: number,
	focus: number,
	limit = ITINERARY_LIMIT,
	page = ITINERARY_PAGE
): RowWindow {
	if (total <= limit) return { from: 0, to: total, partial: false };
	const clamped = Math.min(Math.max(focus, 0), total - 1);
	const from = Math.min(Math.floor(clamped / page) * page, Math.max(total - limit, 0));
	return { from, to: Math.min(from + limit, total), partial: true };
}

/**
 * The row of the stop in focus: `stopIndices` are the journey indices of the rows in order
 * (ascending); the selected stop's row if it is listed, else the last row at or before the stop
 * the clock has reached.
 */
export function focusRow(
	stopIndices: readonly number[],
	selected: number | undefined,
	reached: number
): number {
	return Math.max(lastAtOrBefore(stopIndices, selected ?? reached), 0);
}

/**
 * The groups (trips) cut to the rows `from`..`to` of the list they make together, in order; groups
 * with no row in the window are left out. The groups themselves are returned when all rows show.
 */
export function sliceGroups<G extends { stops: readonly unknown[] }>(
	groups: readonly G[],
	{ from, to }: Pick<RowWindow, 'from' | 'to'>
): G[] {
	const out: G[] = [];
	let offset = 0;
	for (const g of groups) {
		const a = Math.max(from - offset, 0);
		const b = Math.min(to - offset, g.stops.length);
		if (a === 0 && b === g.stops.length) out.push(g);
		else if (a < b) out.push({ ...g, stops: g.stops.slice(a, b) });
		offset += g.stops.length;
		if (offset >= to) break;
	}
	return out;
}
