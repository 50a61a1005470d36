/**
 * Reads plain GeoJSON features into a draft: Points are dated stops, LineStrings and
 * MultiLineStrings are tracks (see read-feature.ts and read-track.ts). Used for GeoJSON files and for
 * GPX after conversion. A feature with problems is left out (the reader may accept that); a file over
 * the vertex limit is refused whole.
 */
import type { Draft } from './draft';
import { GEOJSON_WORDING, type FeatureWording } from './feature-wording';
import { MAX_STOPS, MAX_TRACK_POINTS } from './limits';
import { readFeature } from './read-feature';

/** Reads the features of a FeatureCollection (or one Feature) into a draft. */
export function readFeatures(
	raw: unknown,
	file: string,
	wording: FeatureWording = GEOJSON_WORDING
): Draft {
	const draft: Draft = { items: [], issues: [] };
	const root = raw as Record<string, unknown> | null;
	let features: unknown[];
	if (
		root &&
		typeof root === 'object' &&
		root.type === 'FeatureCollection' &&
		Array.isArray(root.features)
	) {
		features = root.features;
		if (typeof root.name === 'string' && root.name.trim()) draft.title = root.name.trim();
	} else if (root && typeof root === 'object' && root.type === 'Feature') {
		features = [root];
	} else {
		draft.issues.push({
			file,
			message:
				'this is not a GeoJSON FeatureCollection: the file must be {"type": "FeatureCollection", "features": [...]} with one Point per stop'
		});
		return draft;
	}
	let stops = 0;
	let points = 0;
	for (let i = 0; i < features.length; i++) {
		const feature = features[i];
		if (typeof feature !== 'object' || feature === null || Array.isArray(feature)) {
			draft.issues.push({
				file,
				where: `feature #${i + 1}`,
				message: 'is not a GeoJSON Feature object: remove it or fix it',
				skippable: true
			});
			continue;
		}
		const f = feature as Record<string, unknown>;
		const where = wording.label(f, i);
		const result = readFeature(f, where, wording);
		if (!result.ok) {
			draft.issues.push(...result.issues.map((m) => ({ file, where, ...m, skippable: true })));
			continue;
		}
		if (result.value.kind === 'stop') stops++;
		else points += result.value.coords.length;
		if (stops > MAX_STOPS || points > MAX_TRACK_POINTS) {
			const message =
				stops > MAX_STOPS
					? `the file has more than ${MAX_STOPS.toLocaleString('en-GB')} stops, over the limit for one journey: split it`
					: `the file has more than ${MAX_TRACK_POINTS.toLocaleString('en-GB')} track points, over the limit for one journey: simplify its tracks (e.g. one point every 100 m) and import it again`;
			draft.issues = [{ file, message }];
			draft.items = [];
			return draft;
		}
		draft.items.push(result.value);
	}
	return draft;
}
