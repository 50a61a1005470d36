/**
 * A leg feature checked without copying its line: zod's parse returns a copy of every position, and
 * a GPS log of a million points then lives twice in the worker (issue 18: ~176 MB for the copy). The
 * positions are checked in place by the same rule as `lngLatSchema` (two numbers, longitude in
 * [-180, 180], latitude in [-90, 90]) and the rest of the feature by the schema with its first two
 * positions; anything that fails goes through the schema whole, for its exact issues.
 */
import { legFeatureSchema, type LegFeature } from '$lib/journey/schema';

/** The rule of `lngLatSchema`, without a copy (NaN and infinities fail the range checks). */
export const isLngLat = (c: unknown): boolean =>
	Array.isArray(c) &&
	c.length === 2 &&
	typeof c[0] === 'number' &&
	typeof c[1] === 'number' &&
	c[0] >= -180 &&
	c[0] <= 180 &&
	c[1] >= -90 &&
	c[1] <= 90;

export function parseLegFeature(f: unknown): ReturnType<typeof legFeatureSchema.safeParse> {
	const geometry = (f as { geometry?: { coordinates?: unknown } } | null)?.geometry;
	const coordinates = geometry?.coordinates;
	if (Array.isArray(coordinates) && coordinates.length > 2 && coordinates.every(isLngLat)) {
		const head = { ...geometry, coordinates: coordinates.slice(0, 2) };
		const parsed = legFeatureSchema.safeParse({ ...(f as object), geometry: head });
		if (parsed.success) {
			const line = coordinates as LegFeature['geometry']['coordinates'];
			return {
				...parsed,
				data: { ...parsed.data, geometry: { ...parsed.data.geometry, coordinates: line } }
			};
		}
	}
	return legFeatureSchema.safeParse(f);
}
