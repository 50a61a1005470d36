/**
 * Rail routing over the period network (`geodata/networks/rail-1918.geojson`) with geojson-path-finder:
 * shortest path by great-circle edge length, using only the sections open on a given day. Station
 * vertices are exactly their places' coordinates, so a place id becomes a network vertex by lookup.
 * Lengths are Turf `length` of the routed line, in km (haversine, mean Earth radius). Given places
 * to avoid (held by the other side on the day), a route that would pass one goes round it where the
 * open network allows (routing-avoid.ts), and says which it went round or could not.
 */
import type { Feature, FeatureCollection, GeoJsonProperties, LineString } from 'geojson';
import PathFinderImport from 'geojson-path-finder';
import { point } from '@turf/turf';
import { compareIsoDates } from './days';
import { lineLengthKm } from './distance';
import {
	coordKey,
	sectionsAlong,
	uncertainOpenings,
	type UncertainOpening
} from './route-sections';
import { historicalDateSchema, type PlaceFeature, type RailSectionFeature } from './schema';
import {
	cutNetwork,
	steerRound,
	type AvoidPlace,
	type RouteOptions,
	type Steered
} from './routing-avoid';

export type { RouteOptions } from './routing-avoid';

// Under plain Node ESM (the tsx CLI) the default import is the CJS exports object; Vite gives the
// class itself (stack-notes, gotcha 6).
const PathFinder: typeof PathFinderImport =
	(PathFinderImport as unknown as { default?: typeof PathFinderImport }).default ??
	PathFinderImport;

export interface RailRoute extends Omit<Steered, 'coordinates'> {
	from: string;
	to: string;
	/** The day the network was taken as open on (ISO), or undefined for every section drawn. */
	date?: string;
	distanceKm: number;
	/** Place ids passed, in order, from `from` to `to` inclusive. */
	via: string[];
	/** Ids of the network sections run over, in order; one the route comes back to is listed again. */
	sections: string[];
	/** Sections on the route whose opening is bracketed and may fall after `date`: worth a caution. */
	uncertainOpenings: UncertainOpening[];
	coordinates: [number, number][];
}

export type RouteErrorKind = 'unknown-place' | 'off-network' | 'not-open' | 'no-route' | 'bad-date';

export type RouteResult =
	{ ok: true; route: RailRoute } | { ok: false; kind: RouteErrorKind; message: string };

export interface RailRouter {
	/**
	 * The shortest rail route between two places on the network as open on `date` (YYYY-MM-DD);
	 * without a date every section counts. Errors come back as values with a message saying what to fix.
	 * @example router.route('moscow_kazansky_stn', 'kazan', '1918-08-08')
	 */
	route(fromId: string, toId: string, date?: string, options?: RouteOptions): RouteResult;
	/** The same through a sequence of places (a leg's `from`, its `via` places, its `to`). */
	routeThrough(placeIds: readonly string[], date?: string, options?: RouteOptions): RouteResult;
}

/** Whether a section can be used on `date` (opened on or before it and not yet closed). */
export function isSectionOpen(section: RailSectionFeature, date: string | undefined): boolean {
	if (date === undefined) return true;
	const { opened, closed } = section.properties;
	return (
		compareIsoDates(opened.date, date) <= 0 && (!closed || compareIsoDates(closed.date, date) > 0)
	);
}

export function createRailRouter(
	network: readonly RailSectionFeature[],
	places: readonly PlaceFeature[]
): RailRouter {
	const placeById = new Map(places.map((p) => [p.id, p]));
	const sectionsAtPlace = new Map<string, RailSectionFeature[]>();
	const placeAtCoord = new Map<string, string>();
	for (const section of network) {
		for (const id of section.properties.stations) {
			sectionsAtPlace.set(id, [...(sectionsAtPlace.get(id) ?? []), section]);
			const place = placeById.get(id);
			if (place && !placeAtCoord.has(coordKey(place.geometry.coordinates))) {
				placeAtCoord.set(coordKey(place.geometry.coordinates), id);
			}
		}
	}
	const sectionById = new Map(network.map((s) => [s.id, s]));
	type OpenNetwork = {
		finder: PathFinderImport<unknown, GeoJsonProperties>;
		sectionsOf: ReturnType<typeof sectionsAlong>;
	};
	const openNetworks = new Map<string, OpenNetwork>();
	// One path finder and edge index per set of open sections (and of places to go round): a
	// journey's legs share a few such sets. The edge index is over whole sections either way.
	const networkOn = (date: string | undefined, avoid: readonly AvoidPlace[] = [], km = 0) => {
		const open = network.filter((s) => isSectionOpen(s, date));
		const key = [...open.map((s) => s.id), ...avoid.map((a) => a.id), km].join('|');
		let cached = openNetworks.get(key);
		if (!cached) {
			const fc: FeatureCollection<LineString> = {
				type: 'FeatureCollection',
				features: avoid.length ? cutNetwork(open, avoid, km) : (open as Feature<LineString>[])
			};
			cached = { finder: new PathFinder(fc), sectionsOf: sectionsAlong(open) };
			openNetworks.set(key, cached);
		}
		return cached;
	};
	const withSections = (route: Omit<RailRoute, 'sections' | 'uncertainOpenings'>): RailRoute => {
		const sections = networkOn(route.date).sectionsOf(route.coordinates);
		return {
			...route,
			sections,
			uncertainOpenings: uncertainOpenings(sections, sectionById, route.date)
		};
	};

	const route: RailRouter['route'] = (fromId, toId, date, options) => {
		if (date !== undefined && !historicalDateSchema.safeParse({ date, precision: 'day' }).success) {
			return fail('bad-date', `"${date}" is not a real date: write it as YYYY-MM-DD (Gregorian)`);
		}
		for (const id of [fromId, toId]) {
			if (!placeById.has(id)) {
				return fail('unknown-place', `unknown place id "${id}": use an id from places.geojson`);
			}
			const at = sectionsAtPlace.get(id);
			if (!at) {
				return fail(
					'off-network',
					`"${id}" is not a station of the 1918 rail network (rail-1918.geojson lists it on no section)`
				);
			}
			if (!at.some((s) => isSectionOpen(s, date))) {
				const opens = at
					.map(({ id: sid, properties: { opened, closed } }) =>
						closed ? `${sid} open ${opened.date} to ${closed.date}` : `${sid} opened ${opened.date}`
					)
					.join(', ');
				return fail('not-open', `no line through "${id}" was open on ${date} (${opens})`);
			}
		}
		const [from, to] = [fromId, toId].map((id) => placeById.get(id)) as [
			PlaceFeature,
			PlaceFeature
		];
		const base = { from: fromId, to: toId, ...(date !== undefined && { date }) };
		if (coordKey(from.geometry.coordinates) === coordKey(to.geometry.coordinates)) {
			const c = from.geometry.coordinates;
			return {
				ok: true,
				route: {
					...base,
					distanceKm: 0,
					via: [fromId],
					sections: [],
					uncertainOpenings: [],
					coordinates: [c]
				}
			};
		}
		const ends = [point(from.geometry.coordinates), point(to.geometry.coordinates)] as const;
		const path = networkOn(date).finder.findPath(...ends);
		if (!path) {
			const when = date === undefined ? '' : ` as open on ${date}`;
			return fail('no-route', `no rail route from "${fromId}" to "${toId}" on the network${when}`);
		}
		// Round the places to avoid, where the open network allows.
		const { coordinates, ...steer } = steerRound(
			toLine(path.path),
			[from.geometry.coordinates, to.geometry.coordinates],
			options,
			(avoid, km) => {
				const round = networkOn(date, avoid, km).finder.findPath(...ends);
				return round && toLine(round.path);
			}
		);
		const via: string[] = [];
		for (const c of coordinates) {
			const id = placeAtCoord.get(coordKey(c));
			if (id && via.at(-1) !== id) via.push(id);
		}
		return {
			ok: true,
			route: withSections({
				...base,
				distanceKm: lineLengthKm(coordinates),
				via,
				coordinates,
				...steer
			})
		};
	};

	return {
		route,
		routeThrough(placeIds, date, options) {
			const [first, ...rest] = placeIds;
			if (first === undefined || rest.length === 0) {
				return fail('unknown-place', 'a route needs at least two places');
			}
			let joined: RailRoute | undefined;
			let previous = first;
			for (const next of rest) {
				const part = route(previous, next, date, options);
				if (!part.ok) return part;
				joined = joined ? joinRoutes(joined, part.route) : part.route;
				previous = next;
			}
			// Sections again over the whole line, so one run on through a via place is listed once.
			return { ok: true, route: withSections(joined as RailRoute) };
		}
	};
}

function joinRoutes(a: RailRoute, b: RailRoute): RailRoute {
	return {
		...a,
		to: b.to,
		distanceKm: a.distanceKm + b.distanceKm,
		via: [...a.via, ...(b.via[0] === a.via.at(-1) ? b.via.slice(1) : b.via)],
		coordinates: [...a.coordinates, ...b.coordinates.slice(1)],
		...joinLists('wentRound', a, b),
		...joinLists('passes', a, b)
	};
}

function joinLists(key: 'wentRound' | 'passes', a: RailRoute, b: RailRoute) {
	const ids = [...new Set([...(a[key] ?? []), ...(b[key] ?? [])])];
	return ids.length ? { [key]: ids } : {};
}

const toLine = (path: number[][]) => path.map((c) => [c[0], c[1]] as [number, number]);

function fail(kind: RouteErrorKind, message: string): RouteResult {
	return { ok: false, kind, message };
}
