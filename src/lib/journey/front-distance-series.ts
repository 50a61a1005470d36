/**
 * How close to the front a journey worked: for each of its stops dated inside the period of the
 * control data, the great-circle distance to the nearest place held by the other side on the day the
 * train got there (control-distance.ts), and the median over those stops. An approximation of the
 * front: the nearest other-side town in the data, not a front line. Pure; the Distances panel draws it.
 */
import type { Journey } from './types';
import type { ControlFeature, Holder, PlaceFeature } from './schema';
import { CONTROL_END, CONTROL_START } from './schema-control';
import type { Side } from './control';
import { nearestOtherSide } from './control-distance';
import { percentile } from './reconcile';

export interface FrontDistancePoint {
	stop: string;
	/** The stop's place name in its period form. */
	name: string;
	trip: number;
	/** The day measured: the stop's arrival, or its departure when the arrival is not recorded. */
	date: string;
	/** The nearest place held by the other side that day; absent when the data records none. */
	nearest?: { name: string; holder: Holder; distanceKm: number };
}

export interface FrontDistanceSeries {
	/** The journey's side: the other side is everyone opposed to it. */
	side: Side;
	points: FrontDistancePoint[];
	/** Median distance over the points with a nearest place, km; absent when there are none. */
	medianKm?: number;
	measuredCount: number;
	/** Stops of the journey outside the period (or undated), left out. */
	outsideCount: number;
	period: { start: string; end: string };
}

/**
 * The series for `journey` seen from `side`, or undefined when none of its stops falls inside the
 * control data's period (the exile, 1928–40).
 * @example frontDistanceSeries(train, data.places, data.control ?? [])?.medianKm
 */
export function frontDistanceSeries(
	journey: Journey,
	places: readonly PlaceFeature[],
	control: readonly ControlFeature[],
	side: Side = 'red'
): FrontDistanceSeries | undefined {
	if (control.length === 0) return undefined;
	const nameOf = new Map(places.map((p) => [p.id, p.properties.name]));
	const points: FrontDistancePoint[] = [];
	for (const stop of journey.stops) {
		const p = stop.properties;
		const date = p.arrive?.date ?? p.depart?.date;
		if (!date || date < CONTROL_START || date > CONTROL_END) continue;
		// Measured from the stop itself, so a stop at a place without a control record counts too.
		const origin = [{ id: p.place, geometry: stop.geometry }];
		const near = nearestOtherSide(control, origin, p.place, date, side);
		points.push({
			stop: stop.id,
			name: nameOf.get(p.place) ?? p.place,
			trip: p.trip,
			date,
			...(near && {
				nearest: { name: near.name, holder: near.holder, distanceKm: near.distanceKm }
			})
		});
	}
	if (points.length === 0) return undefined;
	const measured = points.flatMap((pt) => (pt.nearest ? [pt.nearest.distanceKm] : []));
	measured.sort((a, b) => a - b);
	return {
		side,
		points,
		...(measured.length > 0 && { medianKm: percentile(measured, 50) }),
		measuredCount: measured.length,
		outsideCount: journey.stops.length - points.length,
		period: { start: CONTROL_START, end: CONTROL_END }
	};
}
