/**
 * Units of length. Everything inside the core is kilometres; readers choose miles, kilometres or
 * versts. 1 verst = 1.0668 km (500 sazhen); 1 statute mile = 1.609344 km (exact, by definition).
 */
import type { LengthUnit } from './schema';

export type DistanceUnit = LengthUnit;

export const KM_PER_VERST = 1.0668;
export const KM_PER_MI = 1.609344;

/** In the order the unit switch shows them. */
export const DISTANCE_UNITS: readonly DistanceUnit[] = ['mi', 'km', 'verst'];

const KM_PER: Record<DistanceUnit, number> = { km: 1, mi: KM_PER_MI, verst: KM_PER_VERST };

/** Labels for a value (`12 versts`) and for a switch (`versts`). */
export const UNIT_LABEL: Record<DistanceUnit, string> = { mi: 'mi', km: 'km', verst: 'versts' };

/** `kmToUnit(1.609344, 'mi')` → 1. */
export function kmToUnit(distanceKm: number, unit: DistanceUnit): number {
	return distanceKm / KM_PER[unit];
}

/** `unitToKm(100_000, 'verst')` → 106 680. */
export function unitToKm(value: number, unit: DistanceUnit): number {
	return value * KM_PER[unit];
}

/**
 * A unit from user input (a URL's `?unit=`): `mi`, `km`, `verst` or `versts`, any case.
 * Anything else is `undefined`, so the caller picks its default.
 */
export function parseDistanceUnit(raw: string | null | undefined): DistanceUnit | undefined {
	const value = raw?.trim().toLowerCase();
	if (value === 'versts') return 'verst';
	return DISTANCE_UNITS.find((u) => u === value);
}
