/**
 * A LineString or MultiLineString feature into a draft track: its positions (the lines joined in
 * order), dated by the times on its points (as GPX tracks converted by @tmcw/togeojson carry them)
 * or by start/end properties.
 */
import { dayNumber } from '$lib/journey/days';
import type { LngLat } from '$lib/journey/schema';
import type { DraftTrack } from './draft';
import { checkFields, type Checked } from './field-checks';
import { DATE_KEYS, END_KEYS, NAME_KEYS, NOTE_KEYS, dateValue, pick } from './feature-properties';
import type { FeatureWording } from './feature-wording';
import { parseDateField } from './date-field';
import { parseModeField, parseTextField } from './fields';
import { parsePosition } from './position-fields';

const fail = (field: string, message: string): Checked<never> => ({
	ok: false,
	issues: [{ field, message }]
});

export function readTrack(
	type: 'LineString' | 'MultiLineString',
	coordinates: unknown,
	p: Record<string, unknown>,
	where: string,
	wording: FeatureWording
): Checked<DraftTrack> {
	const coords = trackPositions(type, coordinates);
	if (!coords.ok) return coords;
	const times = trackTimes(p);
	const startRaw = times[0] ?? dateValue(pick(p, DATE_KEYS));
	const endRaw = times[times.length - 1] ?? dateValue(pick(p, END_KEYS));
	if (startRaw === undefined) {
		return fail('time', `the track has no date: ${wording.dateHint}, or times on its points`);
	}
	const start = parseDateField(startRaw);
	const read = checkFields({
		start: ['start', start, wording.dateHint],
		end: ['end', endRaw === undefined ? start : parseDateField(endRaw), wording.dateHint],
		name: ['properties.name', parseTextField(pick(p, NAME_KEYS), 'name', false)],
		note: ['properties.note', parseTextField(pick(p, NOTE_KEYS), 'note', false)],
		mode: ['properties.mode', parseModeField(p.mode)]
	});
	if (!read.ok) return read;
	const { name, note, mode, ...dates } = read.value;
	if (dayNumber(dates.end.date) < dayNumber(dates.start.date)) {
		return fail(
			'end',
			`the track ends (${dates.end.date}) before it starts (${dates.start.date}): put its points in time order`
		);
	}
	return {
		ok: true,
		value: {
			kind: 'track',
			where,
			name: name ?? 'Track',
			coords: coords.value,
			...dates,
			...(note && { note }),
			...(mode && { mode })
		}
	};
}

/** The track's positions, its lines joined in order; at least two. */
function trackPositions(
	type: 'LineString' | 'MultiLineString',
	coordinates: unknown
): Checked<LngLat[]> {
	const lines = type === 'LineString' ? [coordinates] : coordinates;
	if (!Array.isArray(lines) || lines.some((l) => !Array.isArray(l))) {
		return fail(
			'geometry.coordinates',
			`a ${type}'s coordinates must be ${type === 'LineString' ? 'a list' : 'lists'} of [longitude, latitude]`
		);
	}
	const coords: LngLat[] = [];
	for (const line of lines as unknown[][]) {
		for (const position of line) {
			const at = parsePosition(position);
			if (!at.ok) return fail(`geometry.coordinates (point ${coords.length + 1})`, at.message);
			coords.push(at.value);
		}
	}
	if (coords.length < 2) return fail('geometry.coordinates', 'a track needs at least two points');
	return { ok: true, value: coords };
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
