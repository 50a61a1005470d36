/**
 * Plausibility of a leg as drawn and dated: the speed its length and days imply, and how far it
 * strays from the great circle. A leg over a limit is wrong (a straight line where a route was, a
 * detour through another city, a date that cannot hold) unless its reasoning explains it and the leg
 * says so (`explains: ['speed' | 'detour']`).
 */
import type { Journey } from './types';
import type { HistoricalDate, LegExplains, Mode, StopFeature } from './schema';
import { civilDayNumber, dayNumber, isoFromDayNumber, isoParts } from './days';
import { buildLegDistances } from './distance';

/**
 * The most a leg of each mode can cover in a day, km. Rail: a civil-war train made 300–500 km a day
 * and an express of the 1930s about 1,000 km; 800 leaves room for a fast run without passing a line
 * drawn 2–3× too long. Sea: 700 km ≈ 16 knots round the clock (the liners of the 1930s). Car: 600 km
 * on the roads of the 1930s. Horses, sledges and carts: 150 km with changes of horses. River steamer:
 * 400 km downstream. Foot: 50 km.
 */
export const MAX_KM_PER_DAY: Readonly<Record<Mode, number>> = {
	rail: 800,
	sea: 700,
	river: 400,
	car: 600,
	road: 150,
	sledge: 150,
	foot: 50
};

/** A leg longer than this many times the great circle between its ends is a detour. */
export const MAX_DETOUR = 3;

export interface LegPlausibility {
	id: string;
	mode: Mode;
	lengthKm: number;
	greatCircleKm: number;
	/** Days the stops allow the leg (at least 1), when both ends are dated. */
	days?: number;
	kmPerDay?: number;
	/** `lengthKm ÷ greatCircleKm`. */
	detour: number;
	tooFast: boolean;
	tooRound: boolean;
	explains: readonly LegExplains[];
}

/**
 * The days a leg may have taken: from the earliest its from-stop can have been left to the latest
 * its to-stop can have been reached, at least one (a same-day or overnight leg gets a full day).
 */
export function legDaysAllowed(
	from: StopFeature | undefined,
	to: StopFeature | undefined
): number | undefined {
	const start = earliest(from?.properties.depart ?? from?.properties.arrive);
	const end = latest(to?.properties.arrive ?? to?.properties.depart);
	if (!start || !end) return undefined;
	return Math.max(1, dayNumber(end) - dayNumber(start));
}

// A date known only to the month stands for the whole month (its `date` is the 1st).
const earliest = (d: HistoricalDate | undefined) => d && (d.earliest ?? d.date);
const latest = (d: HistoricalDate | undefined) =>
	d && (d.latest ?? (d.precision === 'month' ? lastOfMonth(d.date) : d.date));

/** `1933-11-01` → `1933-11-30`; `-0333-02-01` → `-0333-02-28`. */
function lastOfMonth(iso: string): string {
	const [y = 0, m = 1] = isoParts(iso) ?? [];
	return isoFromDayNumber(civilDayNumber(m === 12 ? y + 1 : y, m === 12 ? 1 : m + 1, 1) - 1);
}

/** Speed and detour of every leg of a journey, in file order. */
export function journeyPlausibility(journey: Journey): LegPlausibility[] {
	const stops = new Map(journey.stops.map((s) => [s.id, s]));
	const legs = new Map(journey.legs.map((l) => [l.id, l.properties]));
	return buildLegDistances(journey).map((d) => {
		const leg = legs.get(d.id);
		const days = leg && legDaysAllowed(stops.get(leg.from), stops.get(leg.to));
		const kmPerDay = days === undefined ? undefined : d.lengthKm / days;
		const detour = d.greatCircleKm > 0 ? d.lengthKm / d.greatCircleKm : 1;
		return {
			id: d.id,
			mode: d.mode,
			lengthKm: d.lengthKm,
			greatCircleKm: d.greatCircleKm,
			...(days !== undefined && { days, kmPerDay }),
			detour,
			tooFast: kmPerDay !== undefined && kmPerDay > MAX_KM_PER_DAY[d.mode],
			tooRound: detour > MAX_DETOUR,
			explains: leg?.explains ?? []
		};
	});
}

/** What is wrong with a leg and not explained by it, in words; empty when nothing is. */
export function unexplained(p: LegPlausibility): string[] {
	const problems: string[] = [];
	if (p.tooFast && !p.explains.includes('speed'))
		problems.push(
			`${p.id}: ${Math.round(p.lengthKm)} km by ${p.mode} in ${p.days} day(s) = ${Math.round(p.kmPerDay ?? 0)} km/day (limit ${MAX_KM_PER_DAY[p.mode]})`
		);
	if (p.tooRound && !p.explains.includes('detour'))
		problems.push(
			`${p.id}: ${Math.round(p.lengthKm)} km drawn, ${p.detour.toFixed(2)}× the great circle (limit ${MAX_DETOUR}×)`
		);
	return problems;
}
