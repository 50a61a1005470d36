/**
 * Lengths of legs, in kilometres, with Turf: `length` along a leg's geometry and `distance` between
 * points. Both are spherical (haversine on the mean Earth radius, 6371.0088 km), within about 0.5% of
 * ellipsoidal figures: far finer than any published claim. The great-circle length between a leg's
 * ends is a lower bound for any route between them.
 */
import { distance, length, lineString } from '@turf/turf';
import type { Position } from 'geojson';
import type { Journey } from './types';
import type { Grade, LegFeature, Mode, RailSectionFeature, StopFeature } from './schema';
import { edgeScales, scaledLength } from './distance-scale';

/** The mean Earth radius (IUGG), km: Turf's `earthRadius`, named once for the method notes and tests. */
export const EARTH_RADIUS_KM = 6371.0088;

/** Length along a line, km. `lineLengthKm([[0, 0], [1, 0]])` → 111.195. */
export function lineLengthKm(coordinates: readonly Position[]): number {
	if (coordinates.length < 2) return 0;
	return length(lineString(coordinates as Position[]), { units: 'kilometers' });
}

/** Great-circle distance between two `[lng, lat]` points, km. */
export function greatCircleKm(a: Position, b: Position): number {
	return distance(a, b, { units: 'kilometers' });
}

export interface LegDistance {
	id: string;
	trip: number;
	mode: Mode;
	shape: LegFeature['properties']['shape'];
	grade: Grade;
	fromPlace: string;
	toPlace: string;
	/** ISO day the leg starts and ends, as far as the stops date it (see `legDays`). */
	startDate?: string;
	endDate?: string;
	/**
	 * The leg's length: along its geometry, with the published length of any network section it runs
	 * on applied to that part (distance-scale.ts). Equal to `drawnKm` where none covers it.
	 */
	lengthKm: number;
	/** Along the leg's geometry as drawn (routed, traced or straight). */
	drawnKm: number;
	/** The sections whose published length scaled part of the leg. */
	scaledBy: string[];
	/** Between the leg's two ends: the lower bound. */
	greatCircleKm: number;
}

/**
 * Start and end days of a leg: the from-stop's departure (else its arrival), the to-stop's arrival
 * (else its departure); a missing end borrows the other. Undated stops give undefined.
 */
export function legDays(
	from: StopFeature | undefined,
	to: StopFeature | undefined
): { startDate?: string; endDate?: string } {
	const start = from?.properties.depart?.date ?? from?.properties.arrive?.date;
	const end = to?.properties.arrive?.date ?? to?.properties.depart?.date;
	const startDate = start ?? end;
	const endDate = end ?? start;
	return { ...(startDate && { startDate }), ...(endDate && { endDate }) };
}

/**
 * One `LegDistance` per leg of the journey, in file order; with the network, rail legs take the
 * published lengths of the sections they run on.
 */
export function buildLegDistances(
	journey: Pick<Journey, 'stops' | 'legs'>,
	network: readonly RailSectionFeature[] = []
): LegDistance[] {
	const stops = new Map(journey.stops.map((s) => [s.id, s]));
	const edges = edgeScales(network);
	return journey.legs.map((leg) => {
		const p = leg.properties;
		const coords = leg.geometry.coordinates;
		const from = stops.get(p.from);
		const to = stops.get(p.to);
		const first = coords[0] ?? [0, 0];
		const last = coords.at(-1) ?? first;
		return {
			id: leg.id,
			trip: p.trip,
			mode: p.mode,
			shape: p.shape,
			grade: p.grade,
			fromPlace: from?.properties.place ?? p.from,
			toPlace: to?.properties.place ?? p.to,
			...legDays(from, to),
			...scaledLength(coords, edges),
			greatCircleKm: greatCircleKm(first, last)
		};
	});
}

/**
 * Great-circle length along a trip's stops in order (consecutive stops of the same trip), km:
 * the lower bound for the trip as the stops place it, with or without legs drawn.
 */
export function stopSequenceKm(stops: readonly StopFeature[], trip: number): number {
	const points = stops.filter((s) => s.properties.trip === trip).map((s) => s.geometry.coordinates);
	let totalKm = 0;
	for (let i = 1; i < points.length; i++) {
		const a = points[i - 1];
		const b = points[i];
		if (a && b) totalKm += greatCircleKm(a, b);
	}
	return totalKm;
}
