/**
 * The journey against the front: for each leg, the places held by the other side on the leg's day
 * that lie within a few km of its drawn line (great circle, between dated city points). A rail leg
 * that passes one either went round it, crossed the line, or is drawn wrong: each such leg should be
 * re-routed or carry a reasoning. Pure; `npm run distances -- --check-routes` prints the list.
 */
import type { Journey } from './types';
import type { ControlFeature } from './schema';
import { buildLegDistances } from './distance';
import type { Side } from './control';
import { otherSideOnRoute, type OtherSidePlace } from './control-distance';

/**
 * The side each Civil War journey served, by journey id: the build routes its rail legs round the
 * places held by the other side on their day, and `--check-routes` re-routes them the same way.
 */
export const JOURNEY_SIDE: Readonly<Record<string, Side>> = { train: 'red' };

/** How close a place must lie to a leg's line to count as passed (km). */
export const FRONT_PASS_KM = 5;

export interface FrontPass {
	journey: string;
	leg: string;
	mode: string;
	date: string;
	places: OtherSidePlace[];
	/** The leg's own reasoning or notes, if it has any, for the reader to judge. */
	explained: boolean;
}

/** Legs of the journey that pass a place held by the side opposed to `side` on their start day. */
export function legsThroughOtherSide(
	journey: Journey,
	control: ControlFeature[],
	side: Side = 'red',
	withinKm = FRONT_PASS_KM
): FrontPass[] {
	const legs = new Map(journey.legs.map((l) => [l.id, l]));
	return buildLegDistances(journey).flatMap((l) => {
		const leg = legs.get(l.id);
		if (!leg || !l.startDate) return [];
		const places = otherSideOnRoute(control, leg.geometry.coordinates, l.startDate, side, withinKm);
		if (places.length === 0) return [];
		const p = leg.properties;
		return [
			{
				journey: journey.meta.id,
				leg: l.id,
				mode: l.mode,
				date: l.startDate,
				places,
				explained: Boolean(p.reasoning?.trim() || p.notes?.length)
			}
		];
	});
}
