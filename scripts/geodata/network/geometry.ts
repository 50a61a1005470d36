/**
 * Lengths and the schematic bends of the network build. Lengths come from the app's own
 * `lineLengthKm`, so the build and the app measure a line the same way.
 */
import { lineLengthKm } from '../../../src/lib/journey/distance';
import type { LengthUnit } from '../../../src/lib/journey/schema';
import { round5 } from '../lib/io';
import type { LngLat } from './spec';

const VERST_KM = 1.0668;
const MI_KM = 1.609344;
/** Sub-chord length of the schematic bends: one shallow arc about every 25 km. */
const BEND_KM = 25;

export const toKm = (p: { value: number; unit: LengthUnit }): number =>
	p.unit === 'km' ? p.value : p.unit === 'verst' ? p.value * VERST_KM : p.value * MI_KM;

export const round1 = (x: number): number => Math.round(x * 10) / 10;

export const km = (coords: LngLat[]): number => lineLengthKm(coords);

export const same = (a: LngLat, b: LngLat): boolean =>
	Math.abs(a[0] - b[0]) < 1e-9 && Math.abs(a[1] - b[1]) < 1e-9;

/** The half-angle theta of a circular arc whose length is `f` times its chord: theta/sin(theta) = f. */
function arcHalfAngle(f: number): number {
	let lo = 1e-6;
	let hi = Math.PI / 2;
	for (let i = 0; i < 60; i++) {
		const mid = (lo + hi) / 2;
		if (mid / Math.sin(mid) < f) lo = mid;
		else hi = mid;
	}
	return (lo + hi) / 2;
}

/**
 * Lengthens a polyline by about `f` (>= 1) with shallow arcs bending to alternate sides, one per
 * sub-chord of about BEND_KM; the original vertices (stations, shape points) stay where they are.
 * Local flat-earth scale per segment is plenty for arcs a few hundred metres deep.
 */
export function lengthen(coords: LngLat[], f: number): LngLat[] {
	if (f <= 1.0000001) return coords;
	const theta = arcHalfAngle(f);
	const out: LngLat[] = [coords[0]!];
	let side = 1;
	for (let i = 1; i < coords.length; i++) {
		const a = coords[i - 1]!;
		const b = coords[i]!;
		const lat0 = ((a[1] + b[1]) / 2) * (Math.PI / 180);
		const kx = 111.32 * Math.cos(lat0);
		const ky = 110.574;
		const dx = (b[0] - a[0]) * kx;
		const dy = (b[1] - a[1]) * ky;
		const chord = Math.hypot(dx, dy);
		const n = Math.max(1, Math.round(chord / BEND_KM));
		for (let j = 0; j < n; j++) {
			const t0 = j / n;
			const t1 = (j + 1) / n;
			const p0 = [a[0] + (b[0] - a[0]) * t0, a[1] + (b[1] - a[1]) * t0] as LngLat;
			const p1 = [a[0] + (b[0] - a[0]) * t1, a[1] + (b[1] - a[1]) * t1] as LngLat;
			const c = chord / n;
			if (c > 0.2) {
				const R = c / 2 / Math.sin(theta);
				const ux = dx / chord;
				const uy = dy / chord;
				const nx = -uy * side;
				const ny = ux * side;
				const steps = 4;
				for (let k = 1; k < steps; k++) {
					const phi = -theta + (2 * theta * k) / steps;
					// along the sub-chord and off it, measured from the sub-chord's midpoint
					const along = R * Math.sin(phi);
					const off = R * (Math.cos(phi) - Math.cos(theta));
					const mx = (p0[0] + p1[0]) / 2;
					const my = (p0[1] + p1[1]) / 2;
					out.push([
						round5(mx + (ux * along + nx * off) / kx),
						round5(my + (uy * along + ny * off) / ky)
					]);
				}
				side = -side;
			}
			if (j < n - 1) out.push([round5(p1[0]), round5(p1[1])]);
		}
		out.push(b);
	}
	return out;
}
