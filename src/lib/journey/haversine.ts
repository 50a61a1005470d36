/**
 * The great-circle distance between two points in km: Turf's `distance` (the haversine on a sphere of
 * Turf's mean radius, 6,371,008.8 m), written out so that the first view's playback index
 * (journey-index.ts) does not carry Turf's helpers (about 0.5 KB gzip of a 50 KB budget,
 * docs/performance.md). The same arithmetic in the same order, so it gives Turf's figure to the last
 * bit; haversine.test.ts holds it to that.
 */
import type { LngLat } from './schema';

const EARTH_RADIUS_KM = 6371008.8 / 1000;
const radians = (degrees: number) => ((degrees % 360) * Math.PI) / 180;

export function haversineKm(from: LngLat, to: LngLat): number {
	const dLat = radians(to[1] - from[1]);
	const dLon = radians(to[0] - from[0]);
	const lat1 = radians(from[1]);
	const lat2 = radians(to[1]);
	const a =
		Math.pow(Math.sin(dLat / 2), 2) +
		Math.pow(Math.sin(dLon / 2), 2) * Math.cos(lat1) * Math.cos(lat2);
	return 2 * Math.atan2(Math.sqrt(a), Math.sqrt(1 - a)) * EARTH_RADIUS_KM;
}

/** The length of a drawn line, km: the sum of its segments' great-circle distances. */
export function polylineKm(coords: LngLat[]): number {
	let sum = 0;
	for (let i = 1; i < coords.length; i++) {
		const a = coords[i - 1];
		const b = coords[i];
		if (a && b) sum += haversineKm(a, b);
	}
	return sum;
}
