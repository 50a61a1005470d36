/**
 * Distances and shares as readers write them, shared by the panel and the CLI so both print the same
 * figures: `formatDistance(120700.8, 'km')` → `120,701 km`; `formatShare(0.4034)` → `40.3%`.
 * Whole units above 100, one decimal below, so short stretches keep their meaning.
 */
import { kmToUnit, UNIT_LABEL, type DistanceUnit } from '../journey/distance-units';
import { formatNumber } from './numbers';

/** A number in a unit, without the unit: `120,701`. */
export function formatDistanceValue(distanceKm: number, unit: DistanceUnit): string {
	const value = kmToUnit(distanceKm, unit);
	return formatNumber(value, Math.abs(value) >= 100 ? 0 : 1);
}

/** A number with its unit: `120,701 km`, `75,000 mi`, `113,142 versts`. */
export function formatDistance(distanceKm: number, unit: DistanceUnit): string {
	return `${formatDistanceValue(distanceKm, unit)} ${UNIT_LABEL[unit]}`;
}

/** A ratio (0–1+) as a percentage with one decimal: `40.3%`. */
export function formatShare(ratio: number): string {
	return `${formatNumber(ratio * 100, 1)}%`;
}
