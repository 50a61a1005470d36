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
	const times = trackTimeEnds(p);
	const startRaw = times.first ?? dateValue(pick(p, DATE_KEYS));
	const endRaw = times.last ?? dateValue(pick(p, END_KEYS));
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

const isTime = (t: unknown): t is string => typeof t === 'string' && t.trim() !== '';

/** The first (`step` 1) or last (`step` -1) dated time in `times`, one level of nested lists read. */
function endTime(times: unknown[], step: 1 | -1): string | undefined {
	for (let i = step > 0 ? 0 : times.length - 1; i >= 0 && i < times.length; i += step) {
		const t = times[i];
		if (!Array.isArray(t)) {
			if (isTime(t)) return t;
			continue;
		}
		for (let j = step > 0 ? 0 : t.length - 1; j >= 0 && j < t.length; j += step) {
			if (isTime(t[j])) return t[j] as string;
		}
	}
	return undefined;
}

/**
 * The first and last dated times on a track's points (togeojson's `coordinateProperties.times`, a
 * list per line for a MultiLineString): only the ends date the track, so a million times are not
 * copied to find them.
 */
function trackTimeEnds(p: Record<string, unknown>): { first?: string; last?: string } {
	const cp = p.coordinateProperties as { times?: unknown } | undefined;
	const times = cp && typeof cp === 'object' ? cp.times : undefined;
	if (!Array.isArray(times)) return {};
	return { first: endTime(times, 1), last: endTime(times, -1) };
}
