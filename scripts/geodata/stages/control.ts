/**
 * Stage "control": geodata/control/control.geojson from the tables in geodata/src/control/ (one row
 * per change of holder; see geodata/src/README.md). Each place becomes a Point feature at its
 * coordinates in places.geojson (built by the places stage) or, for a place only the control data
 * needs, in geodata/src/control/places.csv. Every feature is checked against the app's schema and
 * every source id against sources.json, so a bad row stops the build naming its place.
 */
import {
	controlFeatureSchema,
	type ControlFeature,
	type PlaceFeature,
	type Source
} from '../../../src/lib/journey/schema';
import { readJson, writeJson } from '../lib/io';
import { unknownIds } from '../lib/table';
import { readControlTables } from '../control/tables';
import { checkControl } from '../../../src/lib/journey/cross-check-control';
import type { GeodataIssue } from '../../../src/lib/journey/types';

export function buildControl(): void {
	const problems: string[] = [];
	const places = new Map(
		readJson<{ features: PlaceFeature[] }>('geodata/places.geojson').features.map((p) => [p.id, p])
	);
	const sourceIds = new Set(readJson<Source[]>('geodata/sources.json').map((s) => s.id));
	const { timelines, extraPlaces } = readControlTables(problems);

	const features: ControlFeature[] = [];
	for (const [id, changes] of timelines) {
		const known = places.get(id);
		const extra = extraPlaces.get(id);
		if (known && extra) problems.push(`${id}: in places.csv and in control/places.csv; keep one`);
		const coordinates = known?.geometry.coordinates ?? extra?.coordinates;
		if (!coordinates) {
			problems.push(`${id}: not a place in places.csv nor in control/places.csv`);
			continue;
		}
		const cited = changes.flatMap((c) => [
			...c.sources,
			...(c.notes ?? []).flatMap((n) => n.sources)
		]);
		for (const s of unknownIds(cited, sourceIds))
			problems.push(`${id}: source "${s}" is not in sources.json`);
		const feature: ControlFeature = {
			type: 'Feature',
			id,
			geometry: { type: 'Point', coordinates },
			properties: {
				id,
				name: known?.properties.name ?? extra!.name,
				...(!known &&
					extra && {
						extraPlace: { modernName: extra.modernName, coordSource: extra.coordSource }
					}),
				changes
			}
		};
		const parsed = controlFeatureSchema.safeParse(feature);
		if (!parsed.success)
			for (const issue of parsed.error.issues)
				problems.push(`${id}: ${issue.path.join('.')}: ${issue.message}`);
		features.push(feature);
	}
	for (const id of extraPlaces.keys())
		if (!timelines.has(id)) problems.push(`control/places.csv: ${id} has no control rows`);
	// The loader's own rules (order, overlaps, repeats), so a bad row stops the build, not only CI.
	const issues: GeodataIssue[] = [];
	checkControl(features, { cite: () => undefined, places }, issues);
	for (const i of issues) problems.push(`${i.feature}: ${i.path ?? ''}: ${i.message}`);
	if (problems.length) throw new Error(problems.join('\n'));
	features.sort((a, b) => (a.id < b.id ? -1 : 1));
	writeJson('geodata/control/control.geojson', { type: 'FeatureCollection', features });
	const changeCount = features.reduce((n, f) => n + f.properties.changes.length, 0);
	console.log(`control.geojson: ${features.length} places, ${changeCount} changes`);
}
