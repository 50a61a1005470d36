/**
 * Checks of the rail legs against the router: each routed rail leg (`shape: 'routed'`) is routed again from its `from` place
 * through its `via` places to its `to` place, on the network as open on the leg's start day, and its
 * drawn length compared with that route (going round the places the build avoided, when given). It finds legs drawn over lines not yet open, and legs whose
 * drawing strays from the shortest path through their named places.
 */
import type { Journey } from './types';
import { buildLegDistances } from './distance';
import type { RailRouter, RouteErrorKind } from './routing';
import type { AvoidPlace } from './routing-avoid';

export interface RailLegCheckOptions {
	/** The places to keep away from on a day, as the build routed with (held by the other side). */
	avoidOn?: (date: string) => readonly AvoidPlace[];
}

export interface RailLegCheck {
	leg: string;
	journey: string;
	date?: string;
	lengthKm: number;
	/** The routed length through the same places on that day, when a route exists. */
	routedKm?: number;
	/** `lengthKm / routedKm - 1`: positive when the drawn leg is longer. */
	difference?: number;
	problem?: { kind: RouteErrorKind; message: string };
}

/** A drawn leg this much longer or shorter than its route is reported (1%). */
export const ROUTE_TOLERANCE = 0.01;

/** Every routed rail leg of the journey, checked; `railLegProblems` keeps the ones to look at. */
export function checkRailLegs(
	journey: Journey,
	router: RailRouter,
	{ avoidOn }: RailLegCheckOptions = {}
): RailLegCheck[] {
	const via = new Map(journey.legs.map((l) => [l.id, l.properties.via ?? []]));
	return buildLegDistances(journey)
		.filter((l) => l.mode === 'rail' && l.shape === 'routed')
		.map((l) => {
			const base = {
				leg: l.id,
				journey: journey.meta.id,
				...(l.startDate && { date: l.startDate }),
				lengthKm: l.lengthKm
			};
			const places = [l.fromPlace, ...(via.get(l.id) ?? []), l.toPlace];
			const avoid = l.startDate ? avoidOn?.(l.startDate) : undefined;
			const result = router.routeThrough(places, l.startDate, avoid && { avoid });
			if (!result.ok) return { ...base, problem: { kind: result.kind, message: result.message } };
			const routedKm = result.route.distanceKm;
			return {
				...base,
				routedKm,
				difference: routedKm > 0 ? l.lengthKm / routedKm - 1 : l.lengthKm > 0 ? Infinity : 0
			};
		});
}

export function railLegProblems(checks: readonly RailLegCheck[]): RailLegCheck[] {
	return checks.filter(
		(c) => c.problem || (c.difference !== undefined && Math.abs(c.difference) > ROUTE_TOLERANCE)
	);
}
