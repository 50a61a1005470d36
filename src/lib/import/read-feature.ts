/**
 * One plain GeoJSON feature into a draft item: a Point is a dated stop, a LineString or
 * MultiLineString a track. Anything else is a problem that names the field and the fix.
 */
import type { DraftItem } from './draft';
import { draftStop } from './draft';
import { checkFields, type Checked } from './field-checks';
import { DATE_KEYS, NAME_KEYS, NOTE_KEYS, dateValue, pick, props } from './feature-properties';
import type { FeatureWording } from './feature-wording';
import { parseDateField } from './date-field';
import { parseModeField, parseTextField } from './fields';
import { parsePosition } from './position-fields';
import { quote } from './issues';
import { readTrack } from './read-track';

export function readFeature(
	f: Record<string, unknown>,
	where: string,
	wording: FeatureWording
): Checked<DraftItem> {
	const geometry = f.geometry as { type?: unknown; coordinates?: unknown } | null | undefined;
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
	if (geometry.type === 'Point') return readPoint(geometry.coordinates, props(f), where, wording);
	if (geometry.type === 'LineString' || geometry.type === 'MultiLineString') {
		return readTrack(geometry.type, geometry.coordinates, props(f), where, wording);
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

function readPoint(
	coordinates: unknown,
	p: Record<string, unknown>,
	where: string,
	wording: FeatureWording
): Checked<DraftItem> {
	const read = checkFields({
		name: ['properties.name', parseTextField(pick(p, NAME_KEYS), 'name', true), wording.nameHint],
		date: ['properties.date', parseDateField(dateValue(pick(p, DATE_KEYS))), wording.dateHint],
		lngLat: ['geometry.coordinates', parsePosition(coordinates)],
		note: ['properties.note', parseTextField(pick(p, NOTE_KEYS), 'note', false)],
		mode: ['properties.mode', parseModeField(p.mode)]
	});
	return read.ok ? { ok: true, value: draftStop(where, read.value) } : read;
}
