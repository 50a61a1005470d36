/**
 * The few numbers a reader wants on the first view of a journey: how many of its attested trips are
 * placed and what the rest are, how far it went, and how that compares with its headline claim.
 * Pure; lengths in km along the legs.
 */
import type { JourneyIndex } from './journey-index';
import type { Claim } from './schema';
import type { Journey } from './types';
import { unitToKm } from './distance-units';
import { coversJourney, tripInsideCoverage } from './claim-coverage';

export interface HeadlineClaim extends Claim {
	valueKm: number;
	/** The placed trips inside what the claim covers, along the legs, ÷ the claim. */
	share: number;
	/**
	 * The dates the claim covers when they do not take in the whole journey (the 1991 "1918–1920"),
	 * so the headline says so; absent when it covers it all.
	 */
	coversOnly?: { from?: string; to?: string };
}

export interface Headline {
	/** Trips the sources attest (36 for the train), when they give a number. */
	attestedTrips?: number;
	placedTrips: number;
	/** Windows of time where the trips not placed most likely fall. */
	windows: number;
	/** Attested trips not placed (attested − placed), when there is an attested number. */
	unplacedTrips?: number;
	totalKm: number;
	claim?: HeadlineClaim;
}

export function journeyHeadline(journey: Journey, index: JourneyIndex): Headline {
	const { meta } = journey;
	const totalKm = index.km[index.km.length - 1] ?? 0;
	const period = { start: meta.period.start.date, end: meta.period.end.date };
	const claim = headlineClaim(meta.claims, period, totalKm);
	const attested = meta.tripCount?.value;
	return {
		...(attested !== undefined && {
			attestedTrips: attested,
			unplacedTrips: Math.max(attested - meta.trips.length, 0)
		}),
		placedTrips: meta.trips.length,
		windows: meta.unplaced?.length ?? 0,
		totalKm,
		...(claim && { claim: measureClaim(claim, journey, index, period, totalKm) })
	};
}

/** The claim beside what the placed trips inside its coverage measure. */
function measureClaim(
	claim: Claim,
	{ meta }: Journey,
	index: JourneyIndex,
	period: { start: string; end: string },
	totalKm: number
): HeadlineClaim {
	const valueKm = unitToKm(claim.value, claim.unit);
	const bounds = { from: claim.coverage?.from, to: claim.coverage?.to };
	if (!bounds.from && !bounds.to) return { ...claim, valueKm, share: totalKm / valueKm };
	const inside = new Set(
		meta.trips
			.filter((t) => tripInsideCoverage({ start: t.start.date, end: t.end.date }, bounds))
			.map((t) => t.number)
	);
	const coveredKm = index.legs.reduce((s, l) => s + (inside.has(l.trip) ? l.lengthKm : 0), 0);
	return {
		...claim,
		valueKm,
		share: coveredKm / valueKm,
		...(!coversJourney(claim.coverage, period) && { coversOnly: bounds })
	};
}

/**
 * The claim a journey is measured against on its first view: the first independent figure (one that
 * derives from no other) whose coverage is the whole journey; journey.json lists first the one the
 * sources repeat most, and has no other mark of a primary claim. Only when no claim states such a
 * coverage does the old rule stand: the first independent claim not marked as a stretch that is at
 * least a quarter of what the placed legs already measure (a smaller one is a stretch, never the
 * total).
 */
export function headlineClaim(
	claims: readonly Claim[],
	period: { start: string; end: string },
	totalKm: number
): Claim | undefined {
	const independent = claims.filter((c) => !c.derivesFrom);
	return (
		independent.find((c) => coversJourney(c.coverage, period)) ??
		independent.find(
			(c) => c.coverage?.scope !== 'part' && unitToKm(c.value, c.unit) >= totalKm / 4
		)
	);
}

/**
 * The trips in words, so that placed + windows + not placed add up:
 * "21 of 36 trips placed; the other 15 fall in 13 windows with no dated place".
 */
export function tripsInWords(h: Headline): string {
	const trips = (n: number) => `${n} trip${n === 1 ? '' : 's'}`;
	if (h.attestedTrips === undefined) return `${trips(h.placedTrips)} placed`;
	const placed = `${h.placedTrips} of ${trips(h.attestedTrips)} placed`;
	if (!h.unplacedTrips) return placed;
	if (h.windows === 0) return `${placed}; ${h.unplacedTrips} not yet placed`;
	const windows = `${h.windows} window${h.windows === 1 ? '' : 's'}`;
	const more =
		h.unplacedTrips > h.windows
			? ' (some hold more than one)'
			: h.unplacedTrips < h.windows
				? ' (not every window need hold one)'
				: '';
	return `${placed}; the other ${h.unplacedTrips} fall in ${windows} with no dated place${more}`;
}
