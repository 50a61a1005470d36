/**
 * Stage "places": geodata/places.geojson from the tables in geodata/src/places/. Every feature is
 * checked against the app's schema here, so a bad row stops the build naming the place rather than
 * failing later in the validator.
 */
import { placeFeatureSchema, type PlaceFeature } from '../../../src/lib/journey/schema';
import { writeJson } from '../lib/io';
import { placeFeature } from '../places/feature';
import { readPlaceTables } from '../places/tables';

export function buildPlaces(): void {
	const problems: string[] = [];
	const features: PlaceFeature[] = [];
	const seen = new Set<string>();
	for (const input of readPlaceTables(problems)) {
		if (seen.has(input.id)) problems.push(`${input.id}: duplicate place id`);
		seen.add(input.id);
		const feature = placeFeature(input, problems);
		const parsed = placeFeatureSchema.safeParse(feature);
		if (!parsed.success)
			for (const issue of parsed.error.issues)
				problems.push(`${input.id}: ${issue.path.join('.')}: ${issue.message}`);
		features.push(feature);
	}
	if (problems.length) throw new Error(problems.join('\n'));
	writeJson('geodata/places.geojson', { type: 'FeatureCollection', features });
	console.log(`places.geojson: ${features.length} places`);
}
