/** The stops an imported journey will have, in order, planned from a draft. */
import { dayNumber } from '$lib/journey/days';
import type { HistoricalDate, LngLat, Mode } from '$lib/journey/schema';
import type { Draft, DraftItem } from './draft';
import type { ImportIssue } from './issues';

export interface PlannedStop {
	name: string;
	lngLat: LngLat;
	date: HistoricalDate;
	note?: string;
	mode?: Mode;
	/** Set on a track's end stop: the track's positions, from the previous stop to this one. */
	path?: LngLat[];
}

/**
 * Orders the draft's items by date (same dates keep the file's order) and turns them into stops: a
 * track becomes a start and an end stop with its path. Drops items that would run dates backwards
 * (a waypoint inside a track's time span), each with a skippable issue.
 */
export function planStops(
	draft: Draft,
	file: string
): { planned: PlannedStop[]; issues: ImportIssue[] } {
	const issues: ImportIssue[] = [];
	const startOf = (item: DraftItem) => (item.kind === 'stop' ? item.date.date : item.start.date);
	// By day number, not by text: `-0335-07-20` is before `-0300-01-01`.
	const items = draft.items
		.map((item, order) => ({ item, order, day: dayNumber(startOf(item)) }))
		.sort((a, b) => a.day - b.day || a.order - b.order)
		.map(({ item }) => item);

	const planned: PlannedStop[] = [];
	let lastDate = '';
	let lastDay = -Infinity;
	for (const item of items) {
		if (dayNumber(startOf(item)) < lastDay) {
			issues.push({
				file,
				where: item.where,
				message: `dated ${startOf(item)}, it falls inside a track that ends on ${lastDate}: a stop cannot sit inside a track; change its date or remove it`,
				skippable: true
			});
			continue;
		}
		if (item.kind === 'stop') {
			planned.push({ ...item });
			lastDate = item.date.date;
			lastDay = dayNumber(lastDate);
			continue;
		}
		const first = item.coords[0];
		const last = item.coords[item.coords.length - 1];
		if (!first || !last) continue;
		planned.push({
			name: `${item.name} (start)`,
			lngLat: first,
			date: item.start,
			...(item.note && { note: item.note })
		});
		planned.push({
			name: `${item.name} (end)`,
			lngLat: last,
			date: item.end,
			path: item.coords,
			...(item.mode && { mode: item.mode })
		});
		lastDate = item.end.date;
		lastDay = dayNumber(lastDate);
	}

	return { planned, issues };
}
