/**
 * Rules that span files, run after every file has its right shape: ids resolve, dates run forward,
 * legs meet their stops, coordinates sit in their journey's region (this catches swapped lat/lng),
 * rail legs follow the network, and network sections match their station places and published lengths.
 */
import { distance, length, lineString } from '@turf/turf';
import type { Geodata, GeodataIssue, Journey } from './types';
import type { HistoricalDate, LngLat, Note } from './schema';

/** How far a leg's end may lie from its stop's place. */
export const LEG_END_TOLERANCE_KM = 2;
/** How far a section's computed length may differ from its published one. */
export const PUBLISHED_LENGTH_TOLERANCE = 0.05;

const NETWORK_FILE = 'geodata/networks/rail-1918.geojson';
const PLACES_FILE = 'geodata/places.geojson';

export function crossCheckGeodata(data: Geodata): GeodataIssue[] {
	const issues: GeodataIssue[] = [];
	const sourceIds = new Set(data.sources.map((s) => s.id));
	const places = new Map(data.places.map((p) => [p.id, p]));

	duplicates(data.sources.map((s) => s.id)).forEach((id) =>
		issues.push({ file: 'geodata/sources.json', feature: id, message: 'duplicate source id' })
	);
	duplicates(data.places.map((p) => p.id)).forEach((id) =>
		issues.push({ file: PLACES_FILE, feature: id, message: 'duplicate place id' })
	);
	duplicates(data.network.map((s) => s.id)).forEach((id) =>
		issues.push({ file: NETWORK_FILE, feature: id, message: 'duplicate section id' })
	);

	const cite = (file: string, feature: string | undefined, path: string, ids: string[]) => {
		for (const id of ids) {
			if (!sourceIds.has(id)) {
				issues.push({
					file,
					feature,
					path,
					message: `source "${id}" is not in geodata/sources.json: add it there or fix the id`
				});
			}
		}
	};
	const citeNotes = (file: string, feature: string | undefined, path: string, notes?: Note[]) =>
		notes?.forEach((n, i) => cite(file, feature, `${path}notes.${i}.sources`, n.sources));
	const placeExists = (file: string, feature: string, path: string, id: string) => {
		if (!places.has(id)) {
			issues.push({
				file,
				feature,
				path,
				message: `place "${id}" is not in geodata/places.geojson: add it there or fix the id`
			});
		}
	};

	for (const p of data.places) {
		cite(PLACES_FILE, p.id, 'properties.sources', p.properties.sources);
		if (p.properties.coordCheck) {
			cite(PLACES_FILE, p.id, 'properties.coordCheck.sources', p.properties.coordCheck.sources);
		}
		citeNotes(PLACES_FILE, p.id, 'properties.', p.properties.notes);
	}

	const vertexKeys = new Set<string>();
	const sectionOpened = new Map<string, string>();
	for (const section of data.network) {
		const { properties: s, geometry } = section;
		cite(NETWORK_FILE, section.id, 'properties.sources', s.sources);
		if (s.publishedLength) {
			cite(
				NETWORK_FILE,
				section.id,
				'properties.publishedLength.sources',
				s.publishedLength.sources
			);
		}
		citeNotes(NETWORK_FILE, section.id, 'properties.', s.notes);
		sectionOpened.set(section.id, s.opened.date);
		geometry.coordinates.forEach((c) => vertexKeys.add(vertexKey(c)));
		checkSection(section, places, issues);
	}

	for (const journey of data.journeys) {
		checkJourney(
			journey,
			{ cite, citeNotes, placeExists, places, vertexKeys, sectionOpened },
			issues
		);
	}
	return issues;
}

interface JourneyContext {
	cite: (file: string, feature: string | undefined, path: string, ids: string[]) => void;
	citeNotes: (file: string, feature: string | undefined, path: string, notes?: Note[]) => void;
	placeExists: (file: string, feature: string, path: string, id: string) => void;
	places: Map<string, { geometry: { coordinates: LngLat } }>;
	vertexKeys: Set<string>;
	sectionOpened: Map<string, string>;
}

function checkJourney(journey: Journey, ctx: JourneyContext, issues: GeodataIssue[]): void {
	const { meta, stops, legs } = journey;
	const dir = `geodata/journeys/${meta.id}`;
	const metaFile = `${dir}/journey.json`;
	const stopsFile = `${dir}/stops.geojson`;
	const legsFile = `${dir}/legs.geojson`;
	const [w, s, e, n] = meta.region.bbox;
	const inRegion = ([x, y]: LngLat) => x >= w && x <= e && y >= s && y <= n;
	const regionIssue = (file: string, feature: string, c: LngLat) =>
		issues.push({
			file,
			feature,
			path: 'geometry',
			message: `coordinate [${c.join(', ')}] lies outside the journey's region ${JSON.stringify(meta.region.bbox)}: check for swapped lng/lat`
		});

	meta.trips.forEach((t, i) => {
		ctx.cite(metaFile, `trip ${t.number}`, `trips.${i}.sources`, t.sources);
		ctx.citeNotes(metaFile, `trip ${t.number}`, `trips.${i}.`, t.notes);
	});
	meta.claims.forEach((c, i) => {
		ctx.cite(metaFile, c.id, `claims.${i}.sources`, c.sources);
		ctx.citeNotes(metaFile, c.id, `claims.${i}.`, c.notes);
	});
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
	const stopIndex = new Map(stops.map((st, i) => [st.id, i]));
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
			regionIssue(stopsFile, stop.id, stop.geometry.coordinates);
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
		if (first && previous && first < previous.date) {
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

	duplicates(legs.map((l) => l.id)).forEach((id) =>
		issues.push({ file: legsFile, feature: id, message: 'duplicate leg id' })
	);
	for (const leg of legs) {
		const p = leg.properties;
		ctx.cite(legsFile, leg.id, 'properties.sources', p.sources);
		ctx.citeNotes(legsFile, leg.id, 'properties.', p.notes);
		p.via?.forEach((v, i) => ctx.placeExists(legsFile, leg.id, `properties.via.${i}`, v));
		const coords = leg.geometry.coordinates;
		const outside = coords.find((c) => !inRegion(c));
		if (outside) regionIssue(legsFile, leg.id, outside);

		const fromAt = stopIndex.get(p.from);
		const toAt = stopIndex.get(p.to);
		for (const [end, at] of [
			['from', fromAt],
			['to', toAt]
		] as const) {
			if (at === undefined) {
				issues.push({
					file: legsFile,
					feature: leg.id,
					path: `properties.${end}`,
					message: `stop "${p[end]}" is not in stops.geojson`
				});
			}
		}
		if (fromAt === undefined || toAt === undefined) continue;
		if (toAt !== fromAt + 1) {
			issues.push({
				file: legsFile,
				feature: leg.id,
				path: 'properties.to',
				message: `a leg joins consecutive stops: "${p.to}" does not directly follow "${p.from}" in stops.geojson`
			});
		}
		const fromStop = stops[fromAt];
		const toStop = stops[toAt];
		if (!fromStop || !toStop) continue;
		if (fromStop.properties.trip !== p.trip || toStop.properties.trip !== p.trip) {
			issues.push({
				file: legsFile,
				feature: leg.id,
				path: 'properties.trip',
				message: `the leg is in trip ${p.trip} but its stops are in trips ${fromStop.properties.trip} and ${toStop.properties.trip}`
			});
		}
		checkLegEnds(
			leg.id,
			coords,
			fromStop.geometry.coordinates,
			toStop.geometry.coordinates,
			legsFile,
			issues
		);
		if (p.mode === 'rail') {
			const legDate =
				earliestDate(fromStop.properties.depart, fromStop.properties.arrive) ??
				earliestDate(toStop.properties.arrive, toStop.properties.depart);
			checkRailLeg(leg.id, p, coords, legDate, ctx, legsFile, issues);
		}
	}
}

function checkLegEnds(
	legId: string,
	coords: LngLat[],
	fromLngLat: LngLat,
	toLngLat: LngLat,
	file: string,
	issues: GeodataIssue[]
): void {
	const first = coords[0];
	const last = coords[coords.length - 1];
	if (first && distance(first, fromLngLat) > LEG_END_TOLERANCE_KM) {
		issues.push({
			file,
			feature: legId,
			path: 'geometry.coordinates.0',
			message: `the leg starts ${distance(first, fromLngLat).toFixed(1)} km from its "from" stop (limit ${LEG_END_TOLERANCE_KM} km)`
		});
	}
	if (last && distance(last, toLngLat) > LEG_END_TOLERANCE_KM) {
		issues.push({
			file,
			feature: legId,
			path: `geometry.coordinates.${coords.length - 1}`,
			message: `the leg ends ${distance(last, toLngLat).toFixed(1)} km from its "to" stop (limit ${LEG_END_TOLERANCE_KM} km)`
		});
	}
}

function checkRailLeg(
	legId: string,
	p: { shape: string; network?: string[]; reasoning?: string },
	coords: LngLat[],
	legDate: string | undefined,
	ctx: JourneyContext,
	file: string,
	issues: GeodataIssue[]
): void {
	if (p.shape !== 'routed') {
		if (!p.reasoning?.trim()) {
			issues.push({
				file,
				feature: legId,
				path: 'properties.shape',
				message:
					'a rail leg is routed on networks/rail-1918.geojson; if it cannot be (no network there), say why in "reasoning"'
			});
		}
		return;
	}
	const off = coords.findIndex((c) => !ctx.vertexKeys.has(vertexKey(c)));
	if (off >= 0) {
		issues.push({
			file,
			feature: legId,
			path: `geometry.coordinates.${off}`,
			message:
				'a routed rail leg must follow the network vertex by vertex: re-run npm run geodata:build'
		});
	}
	for (const id of p.network ?? []) {
		const opened = ctx.sectionOpened.get(id);
		if (opened === undefined) {
			issues.push({
				file,
				feature: legId,
				path: 'properties.network',
				message: `no network section "${id}"`
			});
		} else if (legDate && opened > legDate) {
			issues.push({
				file,
				feature: legId,
				path: 'properties.network',
				message: `section "${id}" opened on ${opened}, after the leg (${legDate}): route it over lines open then`
			});
		}
	}
}

function checkSection(
	section: {
		id: string;
		geometry: { coordinates: LngLat[] };
		properties: {
			stations: string[];
			computedLengthKm: number;
			publishedLengthKm?: number | undefined;
		};
	},
	places: Map<string, { geometry: { coordinates: LngLat } }>,
	issues: GeodataIssue[]
): void {
	const coords = section.geometry.coordinates;
	const keys = new Set(coords.map(vertexKey));
	const { stations, computedLengthKm, publishedLengthKm } = section.properties;
	stations.forEach((id, i) => {
		const place = places.get(id);
		if (!place) {
			issues.push({
				file: NETWORK_FILE,
				feature: section.id,
				path: `properties.stations.${i}`,
				message: `place "${id}" is not in geodata/places.geojson`
			});
		} else if (!keys.has(vertexKey(place.geometry.coordinates))) {
			issues.push({
				file: NETWORK_FILE,
				feature: section.id,
				path: `properties.stations.${i}`,
				message: `station "${id}" is not a vertex of the line: station vertices must equal the place's coordinate (run npm run geodata:build)`
			});
		}
	});
	const measuredKm = length(lineString(coords), { units: 'kilometers' });
	if (Math.abs(measuredKm - computedLengthKm) > Math.max(0.5, measuredKm * 0.005)) {
		issues.push({
			file: NETWORK_FILE,
			feature: section.id,
			path: 'properties.computedLengthKm',
			message: `computedLengthKm is ${computedLengthKm} but the geometry measures ${measuredKm.toFixed(1)} km: re-run the network build`
		});
	}
	if (
		publishedLengthKm !== undefined &&
		Math.abs(measuredKm - publishedLengthKm) > publishedLengthKm * PUBLISHED_LENGTH_TOLERANCE
	) {
		issues.push({
			file: NETWORK_FILE,
			feature: section.id,
			path: 'geometry',
			message: `the line measures ${measuredKm.toFixed(1)} km against a published ${publishedLengthKm} km (over ${PUBLISHED_LENGTH_TOLERANCE * 100}% off): add intermediate stations or shape points`
		});
	}
}

/** Coordinates are compared at 1e-5° (about a metre), the precision the data is written at. */
export function vertexKey([x, y]: LngLat): string {
	return `${x.toFixed(5)},${y.toFixed(5)}`;
}

function earliestDate(a?: HistoricalDate, b?: HistoricalDate): string | undefined {
	return a?.date ?? b?.date;
}

function duplicates(ids: string[]): string[] {
	const seen = new Set<string>();
	const dup = new Set<string>();
	for (const id of ids) (seen.has(id) ? dup : seen).add(id);
	return [...dup];
}
