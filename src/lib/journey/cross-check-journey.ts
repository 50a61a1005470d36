/** A journey's meta and stops, checked against the sources, the places and each other. */
import { distance } from '@turf/turf';
import { compareIsoDates } from './days';
import type { GeodataIssue, Journey } from './types';
import {
	duplicates,
	earliestDate,
	LEG_END_TOLERANCE_KM,
	regionIssue,
	regionTest,
	type JourneyContext
} from './cross-check-kit';
import { checkLegs } from './cross-check-legs';
import { checkClaims } from './cross-check-claims';

/** Trips, claims, facts and windows cite known sources; stops are on their places, in order. */
export function checkJourney(journey: Journey, ctx: JourneyContext, issues: GeodataIssue[]): void {
	const { meta, stops } = journey;
	const dir = `geodata/journeys/${meta.id}`;
	const metaFile = `${dir}/journey.json`;
	const stopsFile = `${dir}/stops.geojson`;
	const inRegion = regionTest(meta.region.bbox);

	meta.trips.forEach((t, i) => {
		ctx.cite(metaFile, `trip ${t.number}`, `trips.${i}.sources`, t.sources);
		ctx.citeNotes(metaFile, `trip ${t.number}`, `trips.${i}.`, t.notes);
	});
	checkClaims(journey, ctx, issues);
	meta.facts?.forEach((f, i) => {
		ctx.cite(metaFile, f.id, `facts.${i}.sources`, f.sources);
		ctx.citeNotes(metaFile, f.id, `facts.${i}.`, f.notes);
	});
	meta.tripCount?.wording.forEach((wd, i) =>
		ctx.cite(metaFile, 'tripCount', `tripCount.wording.${i}.sources`, wd.sources)
	);
	meta.unplaced?.forEach((u, i) => ctx.cite(metaFile, u.id, `unplaced.${i}.sources`, u.sources));
	ctx.citeNotes(metaFile, undefined, '', meta.notes);
	if (meta.base) ctx.placeExists(metaFile, 'base', 'base', meta.base);
	duplicates(meta.trips.map((t) => String(t.number))).forEach((nr) =>
		issues.push({ file: metaFile, feature: `trip ${nr}`, message: 'duplicate trip number' })
	);

	const tripNumbers = new Set(meta.trips.map((t) => t.number));
	duplicates(stops.map((st) => st.id)).forEach((id) =>
		issues.push({ file: stopsFile, feature: id, message: 'duplicate stop id' })
	);
	let previous: { id: string; date: string } | undefined;
	for (const stop of stops) {
		const p = stop.properties;
		ctx.cite(stopsFile, stop.id, 'properties.sources', p.sources);
		ctx.citeNotes(stopsFile, stop.id, 'properties.', p.notes);
		ctx.placeExists(stopsFile, stop.id, 'properties.place', p.place);
		if (!tripNumbers.has(p.trip)) {
			issues.push({
				file: stopsFile,
				feature: stop.id,
				path: 'properties.trip',
				message: `trip ${p.trip} is not listed in journey.json "trips"`
			});
		}
		if (!inRegion(stop.geometry.coordinates))
			issues.push(regionIssue(stopsFile, stop.id, stop.geometry.coordinates, meta.region.bbox));
		const place = ctx.places.get(p.place);
		if (
			place &&
			distance(place.geometry.coordinates, stop.geometry.coordinates) > LEG_END_TOLERANCE_KM
		) {
			issues.push({
				file: stopsFile,
				feature: stop.id,
				path: 'geometry',
				message: `the stop lies more than ${LEG_END_TOLERANCE_KM} km from its place "${p.place}": use the place's coordinate`
			});
		}
		const first = earliestDate(p.arrive, p.depart);
		if (first && previous && compareIsoDates(first, previous.date) < 0) {
			issues.push({
				file: stopsFile,
				feature: stop.id,
				path: 'properties.arrive',
				message: `dates run backwards: ${first} comes after ${previous.date} of "${previous.id}"; put stops in journey order`
			});
		}
		const last = p.depart?.date ?? p.arrive?.date;
		if (last) previous = { id: stop.id, date: last };
	}
	checkLegs(journey, ctx, issues);
}
