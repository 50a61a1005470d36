/**
 * Lengths in the network build. They come from the app's own `lineLengthKm`, so the build and the
 * app measure a line the same way. The build never bends a line to fit a number: a published length
 * is carried beside the drawn one (lengths.ts) and the distance engine applies it.
 */
import { lineLengthKm } from '../../../src/lib/journey/distance';
import type { LengthUnit } from '../../../src/lib/journey/schema';
import type { LngLat } from './spec';

const VERST_KM = 1.0668;
const MI_KM = 1.609344;

export const toKm = (p: { value: number; unit: LengthUnit }): number =>
	p.unit === 'km' ? p.value : p.unit === 'verst' ? p.value * VERST_KM : p.value * MI_KM;

export const round1 = (x: number): number => Math.round(x * 10) / 10;

export const km = (coords: LngLat[]): number => lineLengthKm(coords);

export const same = (a: LngLat, b: LngLat): boolean =>
	Math.abs(a[0] - b[0]) < 1e-9 && Math.abs(a[1] - b[1]) < 1e-9;
