/**
 * Who held a place on a date: pure lookups over the control timelines
 * (geodata/control/control.geojson). How far away the other side was: control-distance.ts.
 */
import { compareIsoDates } from './days';
import type { ControlChange, ControlDate, ControlFeature, Grade, Holder, Note } from './schema';
import { CONTROL_END, CONTROL_START } from './control-period';

/** The two sides of the civil war as the train saw them; green, other and unknown belong to neither. */
export type Side = 'red' | 'anti-red';

const ANTI_RED: ReadonlySet<Holder> = new Set([
	'white',
	'ukrainian',
	'polish',
	'central-powers',
	'allied'
]);

export function sideOf(holder: Holder): Side | undefined {
	if (holder === 'red') return 'red';
	return ANTI_RED.has(holder) ? 'anti-red' : undefined;
}

export interface HolderAt {
	place: string;
	date: string;
	holder: Holder;
	army?: string;
	/** When the holder took the place; absent when the holder is unknown. */
	since?: ControlDate;
	sources: string[];
	grade?: Grade;
	reasoning?: string;
	notes?: Note[];
	/** True when the date falls inside the date window of the change before or after it. */
	uncertain: boolean;
}

/** Who held `placeId` on `isoDate` (YYYY-MM-DD); `unknown` outside 1918-08..1921 or for an unrecorded place. */
export function holderAt(
	control: readonly ControlFeature[],
	placeId: string,
	isoDate: string
): HolderAt {
	const unknown: HolderAt = {
		place: placeId,
		date: isoDate,
		holder: 'unknown',
		sources: [],
		uncertain: false
	};
	const feature = control.find((f) => f.id === placeId);
	const outside =
		compareIsoDates(isoDate, CONTROL_START) < 0 || compareIsoDates(isoDate, CONTROL_END) > 0;
	if (!feature || outside) return unknown;
	const changes = feature.properties.changes;
	const index = lastChangeBy(changes, isoDate);
	const current = changes[index];
	if (!current) return unknown;
	const next = changes[index + 1];
	const uncertain =
		(current.since.latest !== undefined && compareIsoDates(isoDate, current.since.latest) < 0) ||
		(next !== undefined && compareIsoDates(next.since.earliest ?? next.since.date, isoDate) <= 0);
	return reading(placeId, isoDate, current, uncertain);
}

/**
 * Where the date falls inside the dated window of a change (`holderAt(...).uncertain`), the other
 * reading: the holder before that change when it may not yet have happened, or the next holder when
 * it may already have. Undefined when the holder on the date is not in doubt.
 */
export function otherReading(
	control: readonly ControlFeature[],
	placeId: string,
	isoDate: string
): HolderAt | undefined {
	if (!holderAt(control, placeId, isoDate).uncertain) return undefined;
	const changes = control.find((f) => f.id === placeId)?.properties.changes ?? [];
	const index = lastChangeBy(changes, isoDate);
	const next = changes[index + 1];
	const other =
		next && compareIsoDates(next.since.earliest ?? next.since.date, isoDate) <= 0
			? next
			: changes[index - 1];
	return other && reading(placeId, isoDate, other, true);
}

function reading(placeId: string, isoDate: string, c: ControlChange, uncertain: boolean): HolderAt {
	return {
		place: placeId,
		date: isoDate,
		holder: c.holder,
		...(c.army !== undefined && { army: c.army }),
		since: c.since,
		sources: c.sources,
		grade: c.grade,
		...(c.reasoning !== undefined && { reasoning: c.reasoning }),
		...(c.notes !== undefined && { notes: c.notes }),
		uncertain
	};
}

/** Index of the last change on or before the date (-1 if none); timelines are short, a scan is enough. */
function lastChangeBy(changes: ControlChange[], isoDate: string): number {
	let found = -1;
	changes.forEach((c, i) => {
		if (compareIsoDates(c.since.date, isoDate) <= 0) found = i;
	});
	return found;
}
