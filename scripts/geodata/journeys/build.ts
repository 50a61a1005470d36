/**
 * One journey built from its research tables (geodata/src/<journey>/) into
 * geodata/journeys/<journey>/{journey.json, stops.geojson, legs.geojson}, on the places, network and
 * bibliography the earlier stages wrote. Everything is checked before anything is written.
 */
import { mkdirSync } from 'node:fs';
import { createRailRouter } from '../../../src/lib/journey/routing';
import { buildLegDistances } from '../../../src/lib/journey/distance';
import type {
	ControlFeature,
	LegFeature,
	PlaceFeature,
	RailSectionFeature,
	StopFeature
} from '../../../src/lib/journey/schema';
import { otherSidePoints } from '../../../src/lib/journey/control-distance';
import { JOURNEY_SIDE } from '../../../src/lib/journey/front-checks';
import { readJson, repoPath, writeJson } from '../lib/io';
import { checkBuilt } from './checks';
import { withLegDates, withStopDates } from '../../../src/lib/journey/flat-dates';
import { buildJourneyMeta, buildTrips, checkRegion } from './journey';
import { readLanes } from './lanes';
import { planLegs } from './legs';
import { fillNoteFigures } from './note-figures';
import { Problems } from './problems';
import { routeRailLegs } from './route';
import { buildStops } from './stops';
import { readTables } from './tables';

export interface JourneyOptions {
	/** Bound undated departures by the next stop (the train's research convention; see dates.ts). */
	boundDepartures: boolean;
	/** Put a leg's `network` after its other properties rather than after `shape` (the exile's files). */
	networkLast: boolean;
}

const LEG_KEYS = [
	'id',
	'trip',
	'from',
	'to',
	'mode',
	'startDate',
	'endDate',
	'shape',
	'network',
	'lengthKm',
	'via',
	'explains',
	'grade',
	'reasoning',
	'sources',
	'notes'
] as const;

export function buildJourney(journey: string, options: JourneyOptions): void {
	const problems = new Problems();
	const tables = readTables(journey, problems);
	const places = readJson<{ features: PlaceFeature[] }>('geodata/places.geojson').features;
	const network = readJson<{ features: RailSectionFeature[] }>(
		'geodata/networks/rail-1918.geojson'
	).features;
	const sourceIds = new Set(readJson<{ id: string }[]>('geodata/sources.json').map((s) => s.id));
	const coordOf = new Map(places.map((p) => [p.id, p.geometry.coordinates as [number, number]]));
	const { notes } = tables;
	const stops = buildStops(tables.stops, {
		meta: tables.meta,
		coordOf,
		notes,
		boundDepartures: options.boundDepartures,
		problems
	}).map(withStopDates);
	const lanes = readLanes(journey, problems);
	const legs = planLegs(stops, tables.legs, { coordOf, lanes, notes, problems });
	const trips = buildTrips(tables.trips, stops, notes, problems);
	for (const [target, { where }] of notes)
		problems.add(where, `no ${target} to attach this note to`);
	problems.throwIfAny(journey);

	// A Civil War journey's rail legs keep away from the places held by the other side on their day
	// (geodata/control, built by the control stage before the journeys).
	const side = JOURNEY_SIDE[journey];
	const control = side
		? readJson<{ features: ControlFeature[] }>('geodata/control/control.geojson').features
		: [];
	const router = createRailRouter(network, places);
	const { unrouted, wentRound, passes } = routeRailLegs(legs, {
		router,
		sectionById: new Map(network.map((s) => [s.id, s])),
		coordOf,
		sourceIds,
		...(side && { avoidOn: (date: string) => otherSidePoints(control, date, side) })
	});
	fillNoteFigures(legs, { router, network, problems });
	const stopById = new Map(stops.map((s) => [s.id, s]));
	const counted = countedLengths(
		legs.map(({ feature }) => feature),
		stops,
		network
	);
	const legFeatures = legs.map(({ feature }) =>
		withKeyOrder(
			withLegDates(
				{ ...feature, properties: { ...feature.properties, lengthKm: counted.get(feature.id) } },
				stopById
			),
			options.networkLast
		)
	);
	const meta = buildJourneyMeta(tables.meta, trips, [...stops, ...legFeatures]);
	checkRegion(tables.meta, [...stops, ...legFeatures], problems);
	checkBuilt({ journey: meta, stops, legs: legFeatures }, sourceIds, problems);
	problems.throwIfAny(journey);

	const dir = `geodata/journeys/${journey}`;
	mkdirSync(repoPath(dir), { recursive: true });
	writeJson(`${dir}/journey.json`, meta);
	writeJson(`${dir}/stops.geojson`, { type: 'FeatureCollection', features: stops });
	writeJson(`${dir}/legs.geojson`, { type: 'FeatureCollection', features: legFeatures });
	const routed = legFeatures.filter((l) => l.properties.shape === 'routed').length;
	console.log(
		`${journey}: ${trips.length} trips, ${stops.length} stops, ${legs.length} legs; ${routed} rail legs routed, ${unrouted.length} left straight`
	);
	for (const line of unrouted) console.warn(`  not routed (left straight): ${line}`);
	for (const line of wentRound) console.log(`  routed round the other side: ${line}`);
	for (const line of passes) console.warn(`  passes the other side (no open line round): ${line}`);
}

/**
 * Each leg's length as every total counts it (published section lengths applied), to the metre: the
 * distances view computes the same from the network, and a contract test holds the two together.
 */
function countedLengths(
	legs: LegFeature[],
	stops: StopFeature[],
	network: RailSectionFeature[]
): Map<string, number> {
	return new Map(
		buildLegDistances({ stops, legs }, network).map((d) => [
			d.id,
			Math.round(d.lengthKm * 1000) / 1000
		])
	);
}

/** Properties in one stable order, so that a re-run diffs cleanly. */
function withKeyOrder(leg: LegFeature, networkLast: boolean): LegFeature {
	const keys = networkLast
		? [...LEG_KEYS.filter((k) => k !== 'network'), 'network' as const]
		: LEG_KEYS;
	const p = leg.properties;
	const properties = Object.fromEntries(
		keys.filter((k) => p[k] !== undefined).map((k) => [k, p[k]])
	);
	return { ...leg, properties: properties as LegFeature['properties'] };
}
