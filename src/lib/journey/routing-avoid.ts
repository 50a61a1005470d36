/**
 * Routing that knows the war: which places a route passes among those it should keep away from
 * (held by the other side on its day, from the control data), and the network with every stretch of
 * track that runs near them taken out, so the path finder has to go round. A place counts as passed
 * when it lies within `avoidKm` of the route's line: the rule `npm run distances -- --check-routes`
 * applies (front-checks.ts), so a route that goes round is one the check does not report.
 */
import type { Feature, LineString } from 'geojson';
import { distance, lineString, point, pointToLineDistance } from '@turf/turf';
import type { LngLat, RailSectionFeature } from './schema';
import { nearBox } from './control-distance';
import { FRONT_PASS_KM } from './front-checks';

/** A place a route should keep away from; the router reads only `id` and `coordinates`. */
export interface AvoidPlace {
	id: string;
	coordinates: LngLat;
}

export interface RouteOptions {
	/** Places to keep away from, e.g. those held by the other side on the day; none by default. */
	avoid?: readonly AvoidPlace[];
	/** A place within this many km of the line counts as passed (default `FRONT_PASS_KM`, as `--check-routes` counts). */
	avoidKm?: number;
}

export interface Steered {
	coordinates: LngLat[];
	/** Places to avoid that the shortest route passes and this one goes round (ids). */
	wentRound?: string[];
	/** Places to avoid that no open route could go round: this one passes them (ids). */
	passes?: string[];
}

/**
 * The shortest `line` between two `ends`, or the line `findRound` finds on the network cut round
 * the places to avoid, when the shortest one passes any. A place within `avoidKm` of either end is
 * not avoided: a route cannot keep away from where it starts or ends.
 */
export function steerRound(
	line: LngLat[],
	ends: readonly [LngLat, LngLat],
	{ avoid = [], avoidKm = FRONT_PASS_KM }: RouteOptions = {},
	findRound: (avoid: readonly AvoidPlace[], km: number) => LngLat[] | undefined
): Steered {
	const atEnd = (a: AvoidPlace) =>
		ends.some((e) => distance(a.coordinates, e, { units: 'kilometers' }) <= avoidKm);
	const away = avoid.filter((a) => !atEnd(a));
	const passed = placesPassed(line, away, avoidKm);
	if (passed.length === 0) return { coordinates: line };
	const round = findRound(away, avoidKm);
	return round ? { coordinates: round, wentRound: passed } : { coordinates: line, passes: passed };
}

const kmToLine = (c: LngLat, line: LngLat[]) =>
	pointToLineDistance(point(c), lineString(line), { units: 'kilometers' });

/** The ids of the places among `avoid` that lie within `km` of the route's line, in their order. */
export function placesPassed(route: LngLat[], avoid: readonly AvoidPlace[], km: number): string[] {
	if (route.length < 2 || avoid.length === 0) return [];
	const near = nearBox(route, km);
	return avoid
		.filter((a) => near(a.coordinates) && kmToLine(a.coordinates, route) <= km)
		.map((a) => a.id);
}

/** Whether the stretch a–b of track runs within `km` of one of the places. */
function stretchNear(a: LngLat, b: LngLat, avoid: readonly AvoidPlace[], km: number): boolean {
	const near = nearBox([a, b], km);
	return avoid.some((p) => near(p.coordinates) && kmToLine(p.coordinates, [a, b]) <= km);
}

/**
 * The sections as lines with every stretch between two vertices that runs within `km` of a place in
 * `avoid` taken out; a section can fall into several pieces, each keeping the section's properties.
 */
export function cutNetwork(
	sections: readonly RailSectionFeature[],
	avoid: readonly AvoidPlace[],
	km: number
): Feature<LineString>[] {
	const pieces: Feature<LineString>[] = [];
	for (const section of sections) {
		const keep = (coordinates: LngLat[]) => {
			if (coordinates.length >= 2)
				pieces.push({ ...section, geometry: { type: 'LineString', coordinates } });
		};
		const [first, ...rest] = section.geometry.coordinates;
		if (!first) continue;
		let piece: LngLat[] = [first];
		let previous = first;
		for (const c of rest) {
			if (stretchNear(previous, c, avoid, km)) {
				keep(piece);
				piece = [c];
			} else piece.push(c);
			previous = c;
		}
		keep(piece);
	}
	return pieces;
}
