/**
 * Precomputes, once per journey, everything playback looks up 60 times a second: one flat list of
 * vertices (stop arrivals and departures, and every vertex of every leg between them) with a journey
 * time and a cumulative travelled distance for each. `positionAt` (position.ts) then needs only a
 * binary search and one interpolation per frame: no Turf `along`/`lineSliceAlong` in the frame loop.
 *
 * Times are day numbers (days.ts). Events on the same day are spread evenly through that day, so a
 * same-day departure and arrival still take time; undated events are interpolated between their
 * dated neighbours by the distance travelled (or evenly, where nothing moves).
 */
import { haversineKm as distance } from './haversine';
import { dayNumber } from './days';
import type { Journey } from './types';
import type { LngLat, Mode } from './schema';

export const SEGMENT = { stay: 0, moving: 1, gap: 2 } as const;

export interface IndexedStop {
	id: string;
	trip: number;
	lngLat: LngLat;
	tArrive: number;
	tDepart: number;
	/** False when the stop had no date and its times were interpolated. */
	dated: boolean;
	/** The vertex at which the stop is reached. */
	vertex: number;
}

export interface IndexedLeg {
	id: string;
	trip: number;
	mode: Mode;
	fromStop: number;
	toStop: number;
	/** As every total counts it: the leg's `lengthKm` from the build, else its drawn length. */
	lengthKm: number;
}

export interface JourneyIndex {
	journeyId: string;
	startDay: number;
	endDay: number;
	stops: IndexedStop[];
	legs: IndexedLeg[];
	lng: Float64Array;
	lat: Float64Array;
	/** Journey time at each vertex (day number); never decreases. */
	t: Float64Array;
	/**
	 * Distance travelled up to each vertex, km, as the totals count it (a leg's counted length spread
	 * along its drawn line); jumps between unconnected stops add nothing.
	 */
	km: Float64Array;
	/** Kind of the segment from vertex i to i+1 (SEGMENT.*). */
	segmentKind: Uint8Array;
	/** Stop index for stay and gap segments, leg index for moving ones. */
	segmentRef: Int32Array;
}

interface Event {
	day?: number;
	/** Distance travelled before this event, for interpolating undated events. */
	km: number;
}

export function buildJourneyIndex(journey: Journey): JourneyIndex {
	const { stops, legs } = journey;
	const stopIndex = new Map(stops.map((s, i) => [s.id, i]));
	// The leg leaving each stop, if any (legs join consecutive stops; the schema checks enforce that).
	const legFrom = new Map<number, number>();
	legs.forEach((leg, i) => {
		const from = stopIndex.get(leg.properties.from);
		if (from !== undefined) legFrom.set(from, i);
	});

	// 1. Leg lengths and the cumulative distance at each stop. Undated stops are timed by the drawn
	// line (the marker moves along it); the distance travelled counts what every total counts: the
	// build's length with published section lengths applied, where the leg carries one.
	const legKm = legs.map((leg) => polylineKm(leg.geometry.coordinates));
	const countedKm = legs.map((leg, i) => leg.properties.lengthKm ?? legKm[i] ?? 0);
	const events: Event[] = [];
	let kmSoFar = 0;
	stops.forEach((stop, i) => {
		const { arrive, depart } = stop.properties;
		const arriveIso = arrive?.date ?? depart?.date;
		const departIso = depart?.date ?? arrive?.date;
		events.push({ day: arriveIso ? dayNumber(arriveIso) : undefined, km: kmSoFar });
		events.push({ day: departIso ? dayNumber(departIso) : undefined, km: kmSoFar });
		const leg = legFrom.get(i);
		if (leg !== undefined) kmSoFar += legKm[leg] ?? 0;
	});
	const times = eventTimes(events);

	// 2. The vertex list.
	const lng: number[] = [];
	const lat: number[] = [];
	const t: number[] = [];
	const km: number[] = [];
	const kind: number[] = [];
	const ref: number[] = [];
	const push = (c: LngLat, time: number, atKm: number, segKind: number, segRef: number) => {
		lng.push(c[0]);
		lat.push(c[1]);
		t.push(time);
		km.push(atKm);
		kind.push(segKind);
		ref.push(segRef);
	};
	const indexedStops: IndexedStop[] = [];
	let travelled = 0;
	stops.forEach((stop, i) => {
		const tArrive = times[2 * i] ?? 0;
		const tDepart = times[2 * i + 1] ?? tArrive;
		const c = stop.geometry.coordinates;
		indexedStops.push({
			id: stop.id,
			trip: stop.properties.trip,
			lngLat: c,
			tArrive,
			tDepart,
			dated: Boolean(stop.properties.arrive ?? stop.properties.depart),
			vertex: t.length
		});
		push(c, tArrive, travelled, SEGMENT.stay, i);
		const legIdx = legFrom.get(i);
		const leg = legIdx === undefined ? undefined : legs[legIdx];
		const next = stops[i + 1];
		if (!next) {
			// The last stop: its departure closes the journey.
			push(c, tDepart, travelled, SEGMENT.stay, i);
			return;
		}
		if (!leg || legIdx === undefined) {
			push(c, tDepart, travelled, SEGMENT.gap, i);
			return;
		}
		push(c, tDepart, travelled, SEGMENT.moving, legIdx);
		const coords = leg.geometry.coordinates;
		const tNext = times[2 * (i + 1)] ?? tDepart;
		const total = legKm[legIdx] ?? 0;
		const counted = countedKm[legIdx] ?? 0;
		const kmPerDrawnKm = total > 0 ? counted / total : 0;
		let along = 0;
		// Interior vertices only: the ends are the stops' own vertices.
		for (let v = 1; v < coords.length - 1; v++) {
			const prev = coords[v - 1];
			const cur = coords[v];
			if (!prev || !cur) continue;
			along += distance(prev, cur);
			const f = total > 0 ? along / total : v / (coords.length - 1);
			push(
				cur,
				tDepart + f * (tNext - tDepart),
				travelled + along * kmPerDrawnKm,
				SEGMENT.moving,
				legIdx
			);
		}
		travelled += counted;
	});

	return {
		journeyId: journey.meta.id,
		startDay: t[0] ?? 0,
		endDay: t[t.length - 1] ?? 0,
		stops: indexedStops,
		legs: legs.map((leg, i) => ({
			id: leg.id,
			trip: leg.properties.trip,
			mode: leg.properties.mode,
			fromStop: stopIndex.get(leg.properties.from) ?? -1,
			toStop: stopIndex.get(leg.properties.to) ?? -1,
			lengthKm: countedKm[i] ?? 0
		})),
		lng: Float64Array.from(lng),
		lat: Float64Array.from(lat),
		t: Float64Array.from(t),
		km: Float64Array.from(km),
		segmentKind: Uint8Array.from(kind),
		segmentRef: Int32Array.from(ref)
	};
}

function polylineKm(coords: LngLat[]): number {
	let sum = 0;
	for (let i = 1; i < coords.length; i++) {
		const a = coords[i - 1];
		const b = coords[i];
		if (a && b) sum += distance(a, b);
	}
	return sum;
}

/**
 * Turns event days into strictly ordered times. Dated events sharing a day are spread through it
 * (k+1)/(n+1); undated events are placed between their dated neighbours by distance travelled.
 */
export function eventTimes(events: Event[]): number[] {
	const times = new Array<number>(events.length).fill(Number.NaN);
	// Dated days never decrease along the journey, so all events of one day form one run; undated
	// events inside that run belong to the same day and share its spread.
	const firstOfDay = new Map<number, number>();
	const lastOfDay = new Map<number, number>();
	events.forEach(({ day }, i) => {
		if (day === undefined) return;
		if (!firstOfDay.has(day)) firstOfDay.set(day, i);
		lastOfDay.set(day, i);
	});
	for (const [day, a] of firstOfDay) {
		const b = lastOfDay.get(day) ?? a;
		const n = b - a + 1;
		for (let k = 0; k < n; k++) times[a + k] = day + (k + 1) / (n + 1);
	}
	const dated = times.flatMap((time, i) => (Number.isNaN(time) ? [] : [i]));
	if (dated.length === 0) return events.map((_, i) => i);
	for (let i = 0; i < events.length; i++) {
		if (!Number.isNaN(times[i] ?? Number.NaN)) continue;
		const before = findLast(dated, (d) => d < i);
		const after = dated.find((d) => d > i);
		if (before === undefined) times[i] = times[after ?? 0] ?? 0;
		else if (after === undefined) times[i] = times[before] ?? 0;
		else {
			const t0 = times[before] ?? 0;
			const t1 = times[after] ?? 0;
			const k0 = events[before]?.km ?? 0;
			const k1 = events[after]?.km ?? 0;
			const ki = events[i]?.km ?? 0;
			const f = k1 > k0 ? (ki - k0) / (k1 - k0) : (i - before) / (after - before);
			times[i] = t0 + f * (t1 - t0);
		}
	}
	return times;
}

function findLast<T>(list: T[], test: (x: T) => boolean): T | undefined {
	for (let i = list.length - 1; i >= 0; i--) {
		const x = list[i];
		if (x !== undefined && test(x)) return x;
	}
	return undefined;
}
