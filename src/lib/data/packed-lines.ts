/**
 * A compact wire form for the legs' LineStrings in the prerendered page. Coordinates are rounded to
 * 1e-4 degrees (at most 8 m off, below a pixel at the map's top zoom, 12) and each distinct vertex is
 * stored once, in a shared pool, as integer deltas from the previous one. A leg is then the list of its
 * vertices' pool indices, again as deltas. Legs run over the same rail sections again and again (every
 * trip leaves Moscow on one of a few lines) and follow them vertex by vertex, so most index steps are
 * +1 or -1: almost free after gzip. This keeps the inlined data inside the first-view budget
 * (docs/performance.md) as the network gains real station positions. Pure.
 */
import type { Journey } from '../journey/types';
import type { LegFeature } from '../journey/schema';

/** Degrees are multiplied by this and rounded. */
export const PACK_SCALE = 1e4;

export type PackedLeg = Omit<LegFeature, 'geometry'> & {
	/** `steps`: pool indices of the leg's vertices, each as the difference from the previous one. */
	geometry: { type: 'PackedLineString'; steps: number[] };
};
export type PackedJourney = Omit<Journey, 'legs'> & { legs: PackedLeg[] };
export interface PackedJourneys {
	/** Every distinct vertex once, as packLine deltas. */
	pool: number[];
	journeys: PackedJourney[];
}

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

export function packJourneys(journeys: readonly Journey[]): PackedJourneys {
	const indexOf = new Map<string, number>();
	const vertices: [number, number][] = [];
	const packed = journeys.map((j) => ({
		...j,
		legs: j.legs.map((leg): PackedLeg => {
			const steps: number[] = [];
			let previous = 0;
			for (const c of leg.geometry.coordinates) {
				const x = Math.round((c[0] ?? 0) * PACK_SCALE);
				const y = Math.round((c[1] ?? 0) * PACK_SCALE);
				const key = `${x},${y}`;
				let index = indexOf.get(key);
				if (index === undefined) {
					index = vertices.length;
					indexOf.set(key, index);
					vertices.push([x / PACK_SCALE, y / PACK_SCALE]);
				}
				steps.push(index - previous);
				previous = index;
			}
			return { ...leg, geometry: { type: 'PackedLineString', steps } };
		})
	}));
	return { pool: packLine(vertices), journeys: packed };
}

export function unpackJourneys({ pool, journeys }: PackedJourneys): Journey[] {
	const vertices = unpackLine(pool);
	return journeys.map((j) => ({
		...j,
		legs: j.legs.map((leg) => {
			const coordinates: [number, number][] = [];
			let index = 0;
			for (const step of leg.geometry.steps) {
				index += step;
				const v = vertices[index];
				if (!v) throw new Error(`packed leg ${leg.properties.id}: no pool vertex ${index}`);
				coordinates.push(v);
			}
			return { ...leg, geometry: { type: 'LineString', coordinates } };
		})
	}));
}
