/**
 * Reads plain GeoJSON features into a draft: Points are dated stops (the date in a property), and
 * LineStrings and MultiLineStrings are tracks, dated by the times on their points (as GPX tracks
 * converted by @tmcw/togeojson carry them) or by start/end properties. Used for GeoJSON files and for
 * GPX after conversion.
 */
import type { LngLat } from '$lib/journey/schema';
import { draftStop, type Draft, type DraftItem } from './draft';
import {
	parseDateField,
	parseModeField,
	parsePosition,
	parseTextField,
	type Field
} from './fields';
import { quote } from './issues';
import { MAX_VERTICES } from './limits';

const NAME_KEYS = ['name', 'title', 'label', 'place'];
const DATE_KEYS = ['date', 'time', 'datetime', 'timestamp', 'when', 'arrive', 'arrival', 'start'];
const END_KEYS = ['end', 'depart', 'departure', 'date', 'time'];
const NOTE_KEYS = ['note', 'notes', 'description', 'desc', 'summary', 'comment', 'cmt'];

export interface FeatureWording {
	/** How to name feature `i` in messages: `feature #3 "Kazan"`. */
	label: (feature: Record<string, unknown>, i: number) => string;
	/** How to add a date, in the file's own terms. */
	dateHint: string;
	nameHint: string;
}

export const GEOJSON_WORDING: FeatureWording = {
	label: (f, i) => {
		const name = pick(props(f), NAME_KEYS);
		return `feature #${i + 1}${typeof name === 'string' && name.trim() ? ` ${quote(name.trim())}` : ''}`;
	},
	dateHint: 'add a "date" property (YYYY-MM-DD)',
	nameHint: 'add a "name" property'
};

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
	let vertices = 0;
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
		vertices += result.value.kind === 'stop' ? 1 : result.value.coords.length;
		if (vertices > MAX_VERTICES) {
			draft.issues = [
				{
					file,
					message: `the file has more than ${MAX_VERTICES.toLocaleString('en-GB')} positions, over the limit for one journey: simplify its tracks (e.g. one point every 100 m) and import it again`
				}
			];
			draft.items = [];
			return draft;
		}
		draft.items.push(result.value);
	}
	return draft;
}

type FeatureRead =
	{ ok: true; value: DraftItem } | { ok: false; issues: { field?: string; message: string }[] };

function readFeature(
	f: Record<string, unknown>,
	where: string,
	wording: FeatureWording
): FeatureRead {
	const geometry = f.geometry as { type?: unknown; coordinates?: unknown } | null | undefined;
	const p = props(f);
	if (f.type !== 'Feature') {
		return { ok: false, issues: [{ field: 'type', message: '"type" must be "Feature"' }] };
	}
	if (!geometry || typeof geometry !== 'object') {
		return {
			ok: false,
			issues: [
				{
					field: 'geometry',
					message: 'has no geometry: give it a Point with [longitude, latitude]'
				}
			]
		};
	}
	const note = parseTextField(pick(p, NOTE_KEYS), 'note', false);
	const mode = parseModeField(p.mode);
	if (geometry.type === 'Point') {
		const name = parseTextField(pick(p, NAME_KEYS), 'name', true);
		const date = parseDateField(dateValue(pick(p, DATE_KEYS)));
		const at = parsePosition(geometry.coordinates);
		const problems = collect([
			['properties.name', name, wording.nameHint],
			['properties.date', date, wording.dateHint],
			['geometry.coordinates', at],
			['properties.note', note],
			['properties.mode', mode]
		]);
		if (problems.length || !name.ok || !date.ok || !at.ok || !note.ok || !mode.ok) {
			return { ok: false, issues: problems };
		}
		return {
			ok: true,
			value: draftStop(where, {
				name: name.value,
				lngLat: at.value,
				date: date.value,
				note: note.value,
				mode: mode.value
			})
		};
	}
	if (geometry.type === 'LineString' || geometry.type === 'MultiLineString') {
		return readTrack(geometry.type, geometry.coordinates, p, where, wording, note, mode);
	}
	return {
		ok: false,
		issues: [
			{
				field: 'geometry.type',
				message: `a ${quote(geometry.type)} cannot be imported: stops are Points and tracks are LineStrings`
			}
		]
	};
}

function readTrack(
	type: 'LineString' | 'MultiLineString',
	coordinates: unknown,
	p: Record<string, unknown>,
	where: string,
	wording: FeatureWording,
	note: Field<string | undefined>,
	mode: ReturnType<typeof parseModeField>
): FeatureRead {
	const lines = type === 'LineString' ? [coordinates] : coordinates;
	if (!Array.isArray(lines) || lines.some((l) => !Array.isArray(l))) {
		return {
			ok: false,
			issues: [
				{
					field: 'geometry.coordinates',
					message: `a ${type}'s coordinates must be ${type === 'LineString' ? 'a list' : 'lists'} of [longitude, latitude]`
				}
			]
		};
	}
	const coords: LngLat[] = [];
	for (const line of lines as unknown[][]) {
		for (let v = 0; v < line.length; v++) {
			const at = parsePosition(line[v]);
			if (!at.ok)
				return {
					ok: false,
					issues: [
						{ field: `geometry.coordinates (point ${coords.length + 1})`, message: at.message }
					]
				};
			coords.push(at.value);
		}
	}
	if (coords.length < 2) {
		return {
			ok: false,
			issues: [{ field: 'geometry.coordinates', message: 'a track needs at least two points' }]
		};
	}
	const times = trackTimes(p);
	const startRaw = times[0] ?? dateValue(pick(p, DATE_KEYS));
	const endRaw = times[times.length - 1] ?? dateValue(pick(p, END_KEYS));
	if (startRaw === undefined) {
		return {
			ok: false,
			issues: [
				{
					field: 'time',
					message: `the track has no date: ${wording.dateHint}, or times on its points`
				}
			]
		};
	}
	const start = parseDateField(startRaw);
	const end = endRaw === undefined ? start : parseDateField(endRaw);
	const name = parseTextField(pick(p, NAME_KEYS), 'name', false);
	const problems = collect([
		['start', start, wording.dateHint],
		['end', end, wording.dateHint],
		['properties.name', name],
		['properties.note', note],
		['properties.mode', mode]
	]);
	if (problems.length || !start.ok || !end.ok || !name.ok || !note.ok || !mode.ok)
		return { ok: false, issues: problems };
	if (end.value.date < start.value.date) {
		return {
			ok: false,
			issues: [
				{
					field: 'end',
					message: `the track ends (${end.value.date}) before it starts (${start.value.date}): put its points in time order`
				}
			]
		};
	}
	return {
		ok: true,
		value: {
			kind: 'track',
			where,
			name: name.value ?? 'Track',
			coords,
			start: start.value,
			end: end.value,
			...(note.value && { note: note.value }),
			...(mode.value && { mode: mode.value })
		}
	};
}

/** The dated times on a track's points (togeojson's `coordinateProperties.times`), flattened. */
function trackTimes(p: Record<string, unknown>): string[] {
	const cp = p.coordinateProperties as { times?: unknown } | undefined;
	const times = cp && typeof cp === 'object' ? cp.times : undefined;
	if (!Array.isArray(times)) return [];
	return (times.flat(1) as unknown[]).filter(
		(t): t is string => typeof t === 'string' && t.trim() !== ''
	);
}

function collect(
	fields: [string, Field<unknown>, string?][]
): { field: string; message: string }[] {
	return fields.flatMap(([field, result, hint]) =>
		result.ok
			? []
			: [
					{
						field,
						message:
							hint && /missing|empty/.test(result.message)
								? `${result.message.replace(/:.*$/, '')}: ${hint}`
								: result.message
					}
				]
	);
}

function props(f: Record<string, unknown>): Record<string, unknown> {
	const p = f.properties;
	return p && typeof p === 'object' && !Array.isArray(p) ? (p as Record<string, unknown>) : {};
}

/** The first of `keys` present in `p` (own properties only), case-insensitively. */
function pick(p: Record<string, unknown>, keys: string[]): unknown {
	const lower = new Map(Object.keys(p).map((k) => [k.toLowerCase(), k]));
	for (const key of keys) {
		const own = lower.get(key);
		if (own !== undefined && p[own] !== undefined && p[own] !== null && p[own] !== '')
			return p[own];
	}
	return undefined;
}

/** A date property may be Echelon's own `{ "date": "…", "precision": … }`. */
function dateValue(value: unknown): unknown {
	if (value && typeof value === 'object' && 'date' in value)
		return (value as { date: unknown }).date;
	return value;
}
