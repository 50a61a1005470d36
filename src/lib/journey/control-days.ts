/**
 * Who held what on the playback clock: the days on which any holder can change, and every place's
 * holder on a day. The map keys its front layer on `stepStart(controlChangeDays(…), day)`, so it asks
 * `holdersOn` again only when the clock crosses one of those days, never per frame.
 */
import { holderAt } from './control';
import { dayNumber, isoFromDayNumber } from './days';
import type { ControlFeature, Holder } from './schema';
import { CONTROL_END, CONTROL_START } from './control-period';

/**
 * The day numbers, ascending and distinct, on which some place's holder may change: each change's
 * date, the dataset's first day, and the day after its last (outside the period every holder is
 * `unknown`).
 */
export function controlChangeDays(control: readonly ControlFeature[]): number[] {
	const days = new Set([dayNumber(CONTROL_START), dayNumber(CONTROL_END) + 1]);
	for (const f of control) for (const c of f.properties.changes) days.add(dayNumber(c.since.date));
	return [...days].sort((a, b) => a - b);
}

/**
 * Every place's holder on `day` (a day number; any fraction is dropped), by place id, as `holderAt`
 * answers it: the holder of the last change on or before that date.
 * @example holdersOn(control, dayNumber('1918-09-05')).get('kazan') // → 'white'
 */
export function holdersOn(control: ControlFeature[], day: number): Map<string, Holder> {
	const iso = isoFromDayNumber(day);
	return new Map(control.map((f) => [f.id, holderAt(control, f.id, iso).holder]));
}

/** The places whose holder differs between two readings (a place missing from one counts as changed). */
export function changedHolders(
	before: ReadonlyMap<string, Holder>,
	after: ReadonlyMap<string, Holder>
): string[] {
	return [...after.keys()].filter((id) => before.get(id) !== after.get(id));
}
