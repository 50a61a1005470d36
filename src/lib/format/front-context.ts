/**
 * Who held a stop's place on the day and how near the other side was, in words for the stop panel:
 * "White (Komuch People's Army and Czechoslovak Legion)", "since 7 August 1918 (exact day)",
 * "White-held Kazan, 37 km away", and the other reading where the date of a change is uncertain.
 * The nearest other-side place is the nearest such town in the control data: an approximation of
 * the front, not a front line, and the panel says so.
 */
import type { ControlDate, ControlFeature, Grade, Holder, LngLat, Note } from '$lib/journey/schema';
import { CONTROL_END, CONTROL_START } from '$lib/journey/control-period';
import { holderAt, otherReading, sideOf, type HolderAt, type Side } from '$lib/journey/control';
import { nearestOtherSide, type OtherSidePlace } from '$lib/journey/control-distance';
import type { DistanceUnit } from '$lib/journey/distance-units';
import { formatDistance } from './distance-format';
import { formatHistoricalDate, formatIsoDate } from './dates';

export const HOLDER_NAME: Record<Holder, string> = {
	red: 'Red',
	white: 'White',
	ukrainian: 'Ukrainian',
	polish: 'Polish',
	'central-powers': 'Central Powers',
	allied: 'Allied',
	green: 'Green',
	other: 'Other',
	unknown: 'Not known'
};

/** "White (Komuch and the Czechoslovak Legion)", "Red"; "White — AFSR (Volunteer Army)". */
export function holderWords(h: { holder: Holder; army?: string }): string {
	if (!h.army) return HOLDER_NAME[h.holder];
	// An army that carries its own brackets is not bracketed again.
	return h.army.includes('(')
		? `${HOLDER_NAME[h.holder]} — ${h.army}`
		: `${HOLDER_NAME[h.holder]} (${h.army})`;
}

const PRECISION: Record<Exclude<ControlDate['precision'], 'before'>, string> = {
	day: 'exact day',
	month: 'month only',
	approx: 'approximate'
};

function windowWords({ earliest, latest }: ControlDate): string {
	if (earliest && latest) return `between ${formatIsoDate(earliest)} and ${formatIsoDate(latest)}`;
	if (earliest) return `possibly from ${formatIsoDate(earliest)}`;
	return latest ? `possibly not until ${formatIsoDate(latest)}` : '';
}

/** "7 August 1918 (exact day)", "c. 15 July 1919 (approximate; between … and …)". */
function whenWords(since: ControlDate): string {
	if (since.precision === 'before') return `before ${formatIsoDate(since.date)}`;
	const window = windowWords(since);
	const when = formatHistoricalDate({ ...since, precision: since.precision });
	return `${when} (${PRECISION[since.precision]}${window ? `; ${window}` : ''})`;
}

/** "since 7 August 1918 (exact day)", "since before 1 August 1918, when our record begins". */
export const sinceWords = (since: ControlDate) =>
	`since ${whenWords(since)}${since.precision === 'before' ? ', when our record begins' : ''}`;

/** "White-held Kazan"; the Central Powers by their army where it is recorded ("German-held Orsha"). */
export function heldWords(p: { holder: Holder; army?: string; name: string }): string {
	const army = p.holder === 'central-powers' && p.army?.match(/^(German|Austro-Hungarian)/)?.[1];
	return `${army || HOLDER_NAME[p.holder]}-held ${p.name}`;
}

/** The nearest other-side place as seen from the holder's side (or the Reds', the train's side). */
const NEAREST_LEAD: Record<Side | 'neither', string> = {
	red: 'Nearest place held by the other side',
	'anti-red': 'Nearest Red-held place',
	neither: 'Nearest place held against the Reds'
};

export interface StopFrontView {
	/** The place has a timeline in the control data. */
	recorded: boolean;
	held?: HolderAt & { words: string; sinceWords: string };
	/** Where the change's date is uncertain: "Or still White (Komuch): the change is dated …". */
	other?: { words: string; sources: string[]; grade?: Grade };
	notes: Note[];
	nearest?: { lead: string; words: string; place: OtherSidePlace };
}

/** Whether a day lies in the period the control data covers (August 1918 – 1921). */
export const inControlPeriod = (isoDate: string) =>
	isoDate >= CONTROL_START && isoDate <= CONTROL_END;

/** Everything the stop panel says about the front at a stop (`place` at `coordinates`) on `date`. */
export function stopFrontView(
	control: readonly ControlFeature[],
	stop: { place: string; coordinates: LngLat; date: string },
	unit: DistanceUnit
): StopFrontView {
	const recorded = control.some((f) => f.id === stop.place);
	const h = holderAt(control, stop.place, stop.date);
	// A recorded place has a holder on every day of the period, `unknown` included (with its reasons).
	const known = recorded && h.since ? h : undefined;
	const alt = known && otherReading(control, stop.place, stop.date);
	const side = sideOf(h.holder);
	const origin = [{ id: stop.place, geometry: { coordinates: stop.coordinates } }];
	const near = nearestOtherSide(control, origin, stop.place, stop.date, side ?? 'red');
	return {
		recorded,
		...(known && {
			held: {
				...known,
				words: holderWords(known),
				sinceWords: known.since ? sinceWords(known.since) : ''
			}
		}),
		...(alt && { other: otherWords(known!, alt) }),
		notes: [...(known?.notes ?? []), ...(alt?.notes ?? [])].filter(
			(n, i, all) => all.findIndex((m) => m.text === n.text) === i
		),
		...(near && {
			nearest: {
				lead: NEAREST_LEAD[side ?? 'neither'],
				words: `${heldWords(near)}, ${formatDistance(near.distanceKm, unit)} away`,
				place: near
			}
		})
	};
}

function otherWords(current: HolderAt, alt: HolderAt): NonNullable<StopFrontView['other']> {
	const later = (alt.since?.date ?? '') > (current.since?.date ?? '');
	// The change in doubt is the later of the two readings.
	const change = later ? alt.since : current.since;
	const dated = change ? `, dated ${whenWords(change)},` : '';
	return {
		words: `Or ${later ? 'already' : 'still'} ${holderWords(alt)}: the change${dated} may ${later ? 'already have come' : 'not yet have come'}.`,
		sources: alt.sources,
		...(alt.grade && { grade: alt.grade })
	};
}
