/**
 * A compact wire form for the legs' LineStrings in the prerendered page. Coordinates are rounded to
 * 1e-4 degrees (at most 8 m off, below a pixel at the zooms the map allows) and stored as integer
 * deltas from the previous vertex: small integers that gzip well. The page inlines thousands of
 * vertices, and this keeps them inside the first-view data budget (docs/performance.md). Pure.
 */
import type { Journey } from './geodata';
import type { LegFeature } from './schema';

/** Degrees are multiplied by this and rounded. */
export const PACK_SCALE = 1e4;

export type PackedLeg = Omit<LegFeature, 'geometry'> & {
	geometry: { type: 'PackedLineString'; deltas: number[] };
};
export type PackedJourney = Omit<Journey, 'legs'> & { legs: PackedLeg[] };

/** [lng, lat] positions → [dLng0, dLat0, dLng1, dLat1, …] in units of 1 / PACK_SCALE degrees. */
export function packLine(coordinates: readonly (readonly number[])[]): number[] {
	const deltas: number[] = [];
	let lng = 0;
	let lat = 0;
	for (const c of coordinates) {
		const x = Math.round((c[0] ?? 0) * PACK_SCALE);
		const y = Math.round((c[1] ?? 0) * PACK_SCALE);
		deltas.push(x - lng, y - lat);
		lng = x;
		lat = y;
	}
	return deltas;
}

export function unpackLine(deltas: readonly number[]): [number, number][] {
	const out: [number, number][] = [];
	let lng = 0;
	let lat = 0;
	for (let i = 0; i + 1 < deltas.length; i += 2) {
		lng += deltas[i] ?? 0;
		lat += deltas[i + 1] ?? 0;
		out.push([lng / PACK_SCALE, lat / PACK_SCALE]);
	}
	return out;
}

export function packJourneys(journeys: readonly Journey[]): PackedJourney[] {
	return journeys.map((j) => ({
		...j,
		legs: j.legs.map((leg) => ({
			...leg,
			geometry: { type: 'PackedLineString', deltas: packLine(leg.geometry.coordinates) }
		}))
	}));
}

export function unpackJourneys(journeys: readonly PackedJourney[]): Journey[] {
	return journeys.map((j) => ({
		...j,
		legs: j.legs.map((leg) => ({
			...leg,
			geometry: { type: 'LineString', coordinates: unpackLine(leg.geometry.deltas) }
		}))
	}));
}
