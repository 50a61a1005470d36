/**
 * Totals of leg lengths per trip, per journey, by mode and by grade, in km. A trip is "placed" when
 * at least one leg of it is drawn; trips without legs count zero and are not placed.
 */
import type { Journey } from './types';
import type { Grade, Mode, RailSectionFeature } from './schema';
import { buildLegDistances, stopSequenceKm, type LegDistance } from './distance';

export interface PartTotal<K extends string> {
	key: K;
	lengthKm: number;
	greatCircleKm: number;
	legCount: number;
}

export interface TripDistance {
	number: number;
	label: string;
	title: string;
	front?: string;
	/** ISO days of the trip's start and end (its dated bounds in journey.json). */
	start: string;
	end: string;
	grade: Grade;
	legCount: number;
	lengthKm: number;
	greatCircleKm: number;
	stopSequenceKm: number;
	/** This trip's share of the journey's total length (0–1). */
	shareOfJourney: number;
	byMode: PartTotal<Mode>[];
}

export interface JourneyDistances {
	id: string;
	title: string;
	start: string;
	end: string;
	legs: LegDistance[];
	trips: TripDistance[];
	placedTripCount: number;
	lengthKm: number;
	greatCircleKm: number;
	stopSequenceKm: number;
	byMode: PartTotal<Mode>[];
	byGrade: PartTotal<Grade>[];
}

const MODE_ORDER: readonly Mode[] = ['rail', 'road', 'car', 'sledge', 'sea', 'river', 'foot'];
const GRADE_ORDER: readonly Grade[] = ['documented', 'probable', 'reconstructed'];

/** Sums legs by a key, in the given order; keys with no legs are left out. */
export function totalsBy<K extends string>(
	legs: readonly LegDistance[],
	keyOf: (leg: LegDistance) => K,
	order: readonly K[]
): PartTotal<K>[] {
	const totals = new Map<K, PartTotal<K>>();
	for (const leg of legs) {
		const key = keyOf(leg);
		const t = totals.get(key) ?? { key, lengthKm: 0, greatCircleKm: 0, legCount: 0 };
		t.lengthKm += leg.lengthKm;
		t.greatCircleKm += leg.greatCircleKm;
		t.legCount += 1;
		totals.set(key, t);
	}
	return [...totals.values()].sort((a, b) => order.indexOf(a.key) - order.indexOf(b.key));
}

const sumKm = (xs: readonly { lengthKm: number }[]) => xs.reduce((s, x) => s + x.lengthKm, 0);

/**
 * Every total of one journey.
 * @example buildJourneyDistances(journey).lengthKm // the train's placed trips, km
 */
export function buildJourneyDistances(
	journey: Journey,
	network: readonly RailSectionFeature[] = []
): JourneyDistances {
	const legs = buildLegDistances(journey, network);
	const lengthKm = sumKm(legs);
	const tripNumbers = [
		...new Set([...journey.meta.trips.map((t) => t.number), ...legs.map((l) => l.trip)])
	].sort((a, b) => a - b);
	const trips = tripNumbers.map((number): TripDistance => {
		const meta = journey.meta.trips.find((t) => t.number === number);
		const tripLegs = legs.filter((l) => l.trip === number);
		const tripKm = sumKm(tripLegs);
		return {
			number,
			label: meta?.label ?? `#${number}`,
			title: meta?.title ?? `Trip ${number}`,
			...(meta?.front && { front: meta.front }),
			start: meta?.start.date ?? tripLegs[0]?.startDate ?? journey.meta.period.start.date,
			end: meta?.end.date ?? tripLegs.at(-1)?.endDate ?? journey.meta.period.end.date,
			grade: meta?.grade ?? 'reconstructed',
			legCount: tripLegs.length,
			lengthKm: tripKm,
			greatCircleKm: tripLegs.reduce((s, l) => s + l.greatCircleKm, 0),
			stopSequenceKm: stopSequenceKm(journey.stops, number),
			shareOfJourney: lengthKm > 0 ? tripKm / lengthKm : 0,
			byMode: totalsBy(tripLegs, (l) => l.mode, MODE_ORDER)
		};
	});
	return {
		id: journey.meta.id,
		title: journey.meta.title,
		start: journey.meta.period.start.date,
		end: journey.meta.period.end.date,
		legs,
		trips,
		placedTripCount: trips.filter((t) => t.legCount > 0).length,
		lengthKm,
		greatCircleKm: legs.reduce((s, l) => s + l.greatCircleKm, 0),
		stopSequenceKm: trips.reduce((s, t) => s + t.stopSequenceKm, 0),
		byMode: totalsBy(legs, (l) => l.mode, MODE_ORDER),
		byGrade: totalsBy(legs, (l) => l.grade, GRADE_ORDER)
	};
}
