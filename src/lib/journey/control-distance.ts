/**
 * How far away the other side was: the nearest place held by the other side on a date, and the
 * other-side places along a route. Great-circle km (Turf) between the dated city points of
 * geodata/control: an approximation of the front, not a front line.
 */
import { distance, lineString, point, pointToLineDistance } from '@turf/turf';
import type { ControlDate, ControlFeature, Grade, Holder, LngLat } from './schema';
import { holderAt, sideOf, type HolderAt, type Side } from './control';

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
function heldByOtherSide(control: readonly ControlFeature[], isoDate: string, side: Side) {
	return control.flatMap((f) => {
		const h = holderAt(control, f.id, isoDate);
		const hs = sideOf(h.holder);
		if (!hs || hs === side) return [];
		return [{ feature: f, h }];
	});
}

/**
 * The places held by the side opposed to `side` on `isoDate`, as points a route should keep away
 * from (routing-avoid.ts), with the sources of the holding.
 */
export function otherSidePoints(
	control: readonly ControlFeature[],
	isoDate: string,
	side: Side
): { id: string; name: string; coordinates: LngLat; holder: Holder; sources: string[] }[] {
	return heldByOtherSide(control, isoDate, side).map(({ feature, h }) => ({
		id: feature.id,
		name: feature.properties.name,
		coordinates: feature.geometry.coordinates,
		holder: h.holder,
		sources: h.sources
	}));
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
	control: readonly ControlFeature[],
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
	control: readonly ControlFeature[],
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
export function nearBox(route: LngLat[], km: number): (c: LngLat) => boolean {
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
