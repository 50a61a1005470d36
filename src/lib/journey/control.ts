/**
 * Who held a place on a date, and how far away the other side was: pure lookups over the control
 * timelines (geodata/control/control.geojson). Distances are great-circle (Turf), between the dated
 * city points: an approximation of the front, not a front line.
 */
import { distance, lineString, point, pointToLineDistance } from '@turf/turf';
import type {
	ControlChange,
	ControlDate,
	ControlFeature,
	Grade,
	Holder,
	LngLat,
	Note
} from './schema';
import { CONTROL_END, CONTROL_START } from './schema-control';

/** The two sides of the civil war as the train saw them; green, other and unknown belong to neither. */
export type Side = 'red' | 'anti-red';

const ANTI_RED: ReadonlySet<Holder> = new Set([
	'white',
	'ukrainian',
	'polish',
	'central-powers',
	'allied'
]);

export function sideOf(holder: Holder): Side | undefined {
	if (holder === 'red') return 'red';
	return ANTI_RED.has(holder) ? 'anti-red' : undefined;
}

export interface HolderAt {
	place: string;
	date: string;
	holder: Holder;
	army?: string;
	/** When the holder took the place; absent when the holder is unknown. */
	since?: ControlDate;
	sources: string[];
	grade?: Grade;
	reasoning?: string;
	notes?: Note[];
	/** True when the date falls inside the date window of the change before or after it. */
	uncertain: boolean;
}

/** Who held `placeId` on `isoDate` (YYYY-MM-DD); `unknown` outside 1918-08..1921 or for an unrecorded place. */
export function holderAt(control: ControlFeature[], placeId: string, isoDate: string): HolderAt {
	const unknown: HolderAt = {
		place: placeId,
		date: isoDate,
		holder: 'unknown',
		sources: [],
		uncertain: false
	};
	const feature = control.find((f) => f.id === placeId);
	if (!feature || isoDate < CONTROL_START || isoDate > CONTROL_END) return unknown;
	const changes = feature.properties.changes;
	const index = lastChangeBy(changes, isoDate);
	const current = changes[index];
	if (!current) return unknown;
	const next = changes[index + 1];
	const uncertain =
		(current.since.latest !== undefined && isoDate < current.since.latest) ||
		(next !== undefined && (next.since.earliest ?? next.since.date) <= isoDate);
	return {
		place: placeId,
		date: isoDate,
		holder: current.holder,
		...(current.army !== undefined && { army: current.army }),
		since: current.since,
		sources: current.sources,
		grade: current.grade,
		...(current.reasoning !== undefined && { reasoning: current.reasoning }),
		...(current.notes !== undefined && { notes: current.notes }),
		uncertain
	};
}

/** Index of the last change on or before the date (-1 if none); timelines are short, a scan is enough. */
function lastChangeBy(changes: ControlChange[], isoDate: string): number {
	let found = -1;
	changes.forEach((c, i) => {
		if (c.since.date <= isoDate) found = i;
	});
	return found;
}

export interface OtherSidePlace {
	place: string;
	name: string;
	holder: Holder;
	army?: string;
	since?: ControlDate;
	grade?: Grade;
	/** Great-circle distance from the query point (or route) in km. */
	distanceKm: number;
}

/** Places held on `isoDate` by the side opposed to `side`, each with its coordinates. */
function heldByOtherSide(control: ControlFeature[], isoDate: string, side: Side) {
	return control.flatMap((f) => {
		const h = holderAt(control, f.id, isoDate);
		const hs = sideOf(h.holder);
		if (!hs || hs === side) return [];
		return [{ feature: f, h }];
	});
}

const toResult = (f: ControlFeature, h: HolderAt, distanceKm: number): OtherSidePlace => ({
	place: f.id,
	name: f.properties.name,
	holder: h.holder,
	...(h.army !== undefined && { army: h.army }),
	...(h.since !== undefined && { since: h.since }),
	...(h.grade !== undefined && { grade: h.grade }),
	distanceKm
});

/**
 * The nearest place held by the other side on `isoDate`, seen from `placeId` (located in `places` or
 * in the control data). `side` is the viewpoint; by default the side of whoever held `placeId` then.
 * Undefined when the place is unknown, its side is neither, or no other-side place is recorded.
 */
export function nearestOtherSide(
	control: ControlFeature[],
	places: ReadonlyArray<{ id: string; geometry: { coordinates: LngLat } }>,
	placeId: string,
	isoDate: string,
	side?: Side
): OtherSidePlace | undefined {
	const origin = (places.find((p) => p.id === placeId) ?? control.find((f) => f.id === placeId))
		?.geometry.coordinates;
	const viewpoint = side ?? sideOf(holderAt(control, placeId, isoDate).holder);
	if (!origin || !viewpoint) return undefined;
	let best: OtherSidePlace | undefined;
	for (const { feature, h } of heldByOtherSide(control, isoDate, viewpoint)) {
		const km = distance(point(origin), point(feature.geometry.coordinates), {
			units: 'kilometers'
		});
		if (!best || km < best.distanceKm) best = toResult(feature, h, km);
	}
	return best;
}

/**
 * The places held by the other side on `isoDate` that lie within `withinKm` of a route (its
 * coordinates, e.g. a leg's LineString or its stops' points), nearest first. A place the route ends
 * at counts, at distance 0.
 */
export function otherSideOnRoute(
	control: ControlFeature[],
	route: LngLat[],
	isoDate: string,
	side: Side,
	withinKm = 5
): OtherSidePlace[] {
	const first = route[0];
	if (!first) return [];
	const line = route.length >= 2 ? lineString(route) : undefined;
	const near = nearBox(route, withinKm);
	return heldByOtherSide(control, isoDate, side)
		.filter(({ feature }) => near(feature.geometry.coordinates))
		.map(({ feature, h }) => {
			const p = point(feature.geometry.coordinates);
			const km = line
				? pointToLineDistance(p, line, { units: 'kilometers' })
				: distance(p, point(first), { units: 'kilometers' });
			return toResult(feature, h, km);
		})
		.filter((r) => r.distanceKm <= withinKm)
		.sort((a, b) => a.distanceKm - b.distanceKm);
}

/**
 * A cheap test for "could lie within `km` of the route": its bounding box grown by `km` (a degree of
 * latitude is at least 110 km; a degree of longitude shrinks with the cosine of the highest latitude).
 * Keeps the exact point-to-line distance for the few places near a long routed leg.
 */
function nearBox(route: LngLat[], km: number): (c: LngLat) => boolean {
	const xs = route.map((c) => c[0]);
	const ys = route.map((c) => c[1]);
	const maxAbsLat = Math.min(89, Math.max(...ys.map(Math.abs)) + km / 110);
	const dLat = km / 110;
	const dLng = km / (111.32 * Math.cos((maxAbsLat * Math.PI) / 180));
	const [w, e, s, n] = [
		Math.min(...xs) - dLng,
		Math.max(...xs) + dLng,
		Math.min(...ys) - dLat,
		Math.max(...ys) + dLat
	];
	return ([x, y]) => x >= w && x <= e && y >= s && y <= n;
}

/** The coordinates of a route given as place ids (e.g. a leg's stops); unknown ids are skipped. */
export function routeOfPlaces(
	places: ReadonlyArray<{ id: string; geometry: { coordinates: LngLat } }>,
	ids: string[]
): LngLat[] {
	const byId = new Map(places.map((p) => [p.id, p.geometry.coordinates]));
	return ids.flatMap((id): LngLat[] => {
		const c = byId.get(id);
		return c ? [c] : [];
	});
}
