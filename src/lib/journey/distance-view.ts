/**
 * What the Distances panel and `npm run distances` show, built once from validated geodata:
 * per-journey totals (along the legs and great-circle), by mode, grade and trip, the claims beside
 * them with the share accounted for, the extrapolation, a cumulative series for the chart, and how
 * close to the front each stop lay (front-distance-series.ts; the Civil War journeys only).
 * Plain JSON (numbers rounded to metres), so it can cross from the prerenderer to the page.
 */
import { compareIsoDates } from './days';
import type { Geodata, Journey } from './types';
import type { Grade, Mode } from './schema';
import { buildJourneyDistances, type PartTotal, type TripDistance } from './distance-totals';
import { KM_PER_MI, KM_PER_VERST } from './distance-units';
import { EARTH_RADIUS_KM } from './distance';
import { frontDistanceSeries, type FrontDistanceSeries } from './front-distance-series';
import {
	extrapolateTrips,
	reconcileClaims,
	type ClaimShare,
	type Extrapolation
} from './reconcile';

export interface CumulativePoint {
	/** ISO day. */
	date: string;
	/** Distance covered along the legs by the end of that day's leg, km. */
	km: number;
}

/** One leg's lengths, for a leg panel: as drawn and as the distances count it. */
export interface LegKm {
	id: string;
	trip: number;
	mode: Mode;
	/** Along the drawn line. */
	drawnKm: number;
	/** As counted in every total: published section lengths applied where they exist. */
	lengthKm: number;
	greatCircleKm: number;
	/** The network sections whose published length set part of `lengthKm`. */
	scaledBy: string[];
}

export interface JourneyDistanceView {
	id: string;
	title: string;
	start: string;
	end: string;
	lengthKm: number;
	greatCircleKm: number;
	stopSequenceKm: number;
	legCount: number;
	/** Trips in journey.json; `placedTripCount` of them have legs. */
	tripCount: number;
	placedTripCount: number;
	/** How many trips the sources count (journey.json `tripCount`), when they do. */
	sourcedTripCount?: number;
	unplacedWindowCount: number;
	byMode: PartTotal<Mode>[];
	byGrade: PartTotal<Grade>[];
	trips: TripDistance[];
	/** Every leg's drawn and counted km, in journey order. */
	legs: LegKm[];
	/** Drawn length of all legs (`lengthKm` counts published section lengths where they exist). */
	drawnKm: number;
	claims: ClaimShare[];
	extrapolation?: Extrapolation;
	cumulative: CumulativePoint[];
	/** Distance from each stop to the nearest place held by the other side; absent outside 1918–21. */
	front?: FrontDistanceSeries;
}

export interface SourceRef {
	author: string;
	title: string;
	year: number | null;
	pages?: string;
	url?: string;
}

export interface DistanceView {
	journeys: JourneyDistanceView[];
	/** The sources cited by the claims, by id. */
	sources: Record<string, SourceRef>;
	method: { earthRadiusKm: number; kmPerVerst: number; kmPerMi: number };
}

/** @example buildDistanceView(loadGeodata()).journeys[0].lengthKm */
export function buildDistanceView(data: Geodata): DistanceView {
	// Oldest first: the train (1918) before the exile (1928).
	const journeys = data.journeys
		.map((j) => buildJourneyView(j, data))
		.sort((a, b) => compareIsoDates(a.start, b.start) || a.id.localeCompare(b.id));
	const cited = new Set(journeys.flatMap((j) => j.claims.flatMap((c) => c.claim.sources)));
	const sources: Record<string, SourceRef> = {};
	for (const s of data.sources) {
		if (!cited.has(s.id)) continue;
		sources[s.id] = {
			author: s.author,
			title: s.title,
			year: s.year,
			...(s.pages && { pages: s.pages }),
			...(s.url && { url: s.url })
		};
	}
	return {
		journeys,
		sources,
		method: { earthRadiusKm: EARTH_RADIUS_KM, kmPerVerst: KM_PER_VERST, kmPerMi: KM_PER_MI }
	};
}

function buildJourneyView(journey: Journey, data: Geodata): JourneyDistanceView {
	const d = buildJourneyDistances(journey, data.network);
	const front = frontDistanceSeries(journey, data.places, data.control ?? []);
	const sourcedTripCount = journey.meta.tripCount?.value;
	const placed = d.trips.filter((t) => t.legCount > 0);
	const extrapolation =
		sourcedTripCount !== undefined
			? extrapolateTrips(
					placed.map((t) => t.lengthKm),
					sourcedTripCount
				)
			: undefined;
	// Each claim is measured over the trips its coverage (journey.json) takes in.
	const claims = reconcileClaims(journey.meta.claims, placed, sourcedTripCount);
	return roundKm({
		id: d.id,
		title: d.title,
		start: d.start,
		end: d.end,
		lengthKm: d.lengthKm,
		greatCircleKm: d.greatCircleKm,
		stopSequenceKm: d.stopSequenceKm,
		legCount: d.legs.length,
		tripCount: journey.meta.trips.length,
		placedTripCount: d.placedTripCount,
		...(sourcedTripCount !== undefined && { sourcedTripCount }),
		unplacedWindowCount: journey.meta.unplaced?.length ?? 0,
		byMode: d.byMode,
		byGrade: d.byGrade,
		trips: d.trips,
		legs: d.legs.map((l) => ({
			id: l.id,
			trip: l.trip,
			mode: l.mode,
			drawnKm: l.drawnKm,
			lengthKm: l.lengthKm,
			greatCircleKm: l.greatCircleKm,
			scaledBy: l.scaledBy
		})),
		drawnKm: d.legs.reduce((s, l) => s + l.drawnKm, 0),
		claims,
		...(extrapolation && { extrapolation }),
		cumulative: cumulativeSeries(d.legs),
		...(front && { front })
	});
}

/**
 * Distance covered by date: one point per leg at its end day (undated legs take the day before
 * them, in journey order), starting from zero on the first leg's start day.
 */
export function cumulativeSeries(
	legs: readonly { startDate?: string; endDate?: string; lengthKm: number }[]
): CumulativePoint[] {
	const first = legs.find((l) => l.startDate ?? l.endDate);
	const firstDate = first?.startDate ?? first?.endDate;
	if (!firstDate) return [];
	const points: CumulativePoint[] = [{ date: firstDate, km: 0 }];
	let km = 0;
	let date = firstDate;
	for (const leg of legs) {
		km += leg.lengthKm;
		date = leg.endDate ?? leg.startDate ?? date;
		points.push({ date, km });
	}
	return points;
}

/** Rounds every number whose key ends in `Km` (or `km`) to metres, deep. */
function roundKm<T>(value: T): T {
	return JSON.parse(
		JSON.stringify(value, (key, v: unknown) =>
			typeof v === 'number' && /(Km|^km)$/.test(key) ? Math.round(v * 1000) / 1000 : v
		)
	) as T;
}
