/**
 * The few numbers a reader wants on the first view of a journey: how many of its attested trips are
 * placed and what the rest are, how far it went, and how that compares with its headline claim.
 * Pure; lengths in km along the legs.
 */
import type { JourneyIndex } from './journey-index';
import type { Claim } from './schema';
import type { Journey } from './types';
import { unitToKm } from './distance-units';

export interface Headline {
	/** Trips the sources attest (36 for the train), when they give a number. */
	attestedTrips?: number;
	placedTrips: number;
	/** Windows of time where the trips not placed most likely fall. */
	windows: number;
	/** Attested trips not placed (attested − placed), when there is an attested number. */
	unplacedTrips?: number;
	totalKm: number;
	claim?: Claim & { valueKm: number; share: number };
}

export function journeyHeadline(journey: Journey, index: JourneyIndex): Headline {
	const { meta } = journey;
	const totalKm = index.km[index.km.length - 1] ?? 0;
	const first = headlineClaim(meta.claims, totalKm);
	const attested = meta.tripCount?.value;
	return {
		...(attested !== undefined && {
			attestedTrips: attested,
			unplacedTrips: Math.max(attested - meta.trips.length, 0)
		}),
		placedTrips: meta.trips.length,
		windows: meta.unplaced?.length ?? 0,
		totalKm,
		...(first && {
			claim: {
				...first,
				valueKm: unitToKm(first.value, first.unit),
				share: totalKm / unitToKm(first.value, first.unit)
			}
		})
	};
}

/**
 * The claim a journey is measured against on its first view: the first claim (journey.json lists
 * the one the sources repeat most first) that is a total for the journey, not a stretch of it. A claim
 * under a quarter of what the placed legs already measure is a stretch (the exile's "about 300
 * versts" from Pishpek to Alma-Ata), never the journey's total.
 */
export function headlineClaim(claims: readonly Claim[], totalKm: number): Claim | undefined {
	return claims.find((c) => unitToKm(c.value, c.unit) >= totalKm / 4);
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
