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
import { haversineKm as distance, polylineKm } from './haversine';
import { dayNumber } from './days';
import { eventTimes, type Event } from './event-times';
import { SEGMENT, type IndexedStop, type JourneyIndex } from './journey-index-types';
import type { Journey } from './types';
import type { LngLat } from './schema';

export { SEGMENT } from './journey-index-types';
export type { IndexedLeg, IndexedStop, JourneyIndex } from './journey-index-types';

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
