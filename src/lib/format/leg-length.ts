/**
 * A leg's length for the leg panel: as drawn, and as the distances count it where published section
 * lengths scale the drawn line (distance-scale.ts). Both are shown, never one for the other.
 */
import type { DistanceUnit } from '$lib/journey/distance-units';
import type { DistanceView } from '$lib/journey/distance-view';
import { formatDistance } from './distance-format';

export interface LegLengths {
	/** Along the drawn line, km. */
	drawnKm: number;
	/** As counted in the totals, km; absent until the distances view has loaded. */
	lengthKm?: number;
	/** The network sections (or line checks) whose published length set part of `lengthKm`. */
	scaledBy?: readonly string[];
}

export interface LegLengthText {
	drawn: string;
	/** Only where published lengths change the count: "counted as 845 km (+4.1%)". */
	counted?: string;
	scaledBy: readonly string[];
}

/** Differences below this (a few metres of rounding) are not a scale worth showing. */
const SAME_KM = 0.05;

export function legLength(lengths: LegLengths, unit: DistanceUnit): LegLengthText {
	const drawn = formatDistance(lengths.drawnKm, unit);
	const { lengthKm, scaledBy = [] } = lengths;
	if (
		lengthKm === undefined ||
		scaledBy.length === 0 ||
		Math.abs(lengthKm - lengths.drawnKm) < SAME_KM
	)
		return { drawn, scaledBy: [] };
	const change = ((lengthKm - lengths.drawnKm) / lengths.drawnKm) * 100;
	const sign = change >= 0 ? '+' : '−';
	return {
		drawn,
		counted: `${formatDistance(lengthKm, unit)} (${sign}${Math.abs(change).toFixed(1)}%)`,
		scaledBy
	};
}

/**
 * A leg's lengths from the distances view (`/data/distances.json`) once it has loaded, else only the
 * drawn length the page already has (`drawnKm`, from the playback index).
 */
export function legLengthsIn(
	view: Pick<DistanceView, 'journeys'> | null,
	journeyId: string,
	legId: string,
	drawnKm: number
): LegLengths {
	const km = view?.journeys.find((j) => j.id === journeyId)?.legs.find((l) => l.id === legId);
	return km ? { drawnKm: km.drawnKm, lengthKm: km.lengthKm, scaledBy: km.scaledBy } : { drawnKm };
}
