/** A position from a file: latitude and longitude columns, or a GeoJSON `[lng, lat]`. */
import type { LngLat } from '$lib/journey/schema';
import { fail, ok, type Field } from './fields';
import { quote } from './issues';

const NUMBER = /^[+-]?(\d+(\.\d*)?|\.\d+)$/;
/** A decimal comma (`55,7558`): in a comma-separated file the cell was quoted, so it is one value. */
const COMMA_NUMBER = /^[+-]?\d+,\d+$/;

function parseNumber(raw: unknown): number | undefined {
	if (typeof raw === 'number') return Number.isFinite(raw) ? raw : undefined;
	if (typeof raw !== 'string') return undefined;
	const text = raw.trim();
	if (COMMA_NUMBER.test(text)) return Number(text.replace(',', '.'));
	return NUMBER.test(text) ? Number(text) : undefined;
}

/** Whether a cell holds a decimal comma, to tell the reader how the file was read. */
export const hasDecimalComma = (raw: unknown) =>
	typeof raw === 'string' && COMMA_NUMBER.test(raw.trim());

/**
 * A position from a latitude and a longitude in decimal degrees (WGS 84), as `[lng, lat]`.
 * Catches the commonest mistake, swapped columns, and says so; `swap` reads them the other way round.
 */
export function parseLatLonFields(latRaw: unknown, lonRaw: unknown, swap = false): Field<LngLat> {
	if (swap) [latRaw, lonRaw] = [lonRaw, latRaw];
	const lat = parseNumber(latRaw);
	const lon = parseNumber(lonRaw);
	if (lat === undefined) {
		return fail(
			`latitude ${quote(latRaw)} is not a number: write decimal degrees, e.g. 55.7558 or 55,7558`
		);
	}
	if (lon === undefined) {
		return fail(
			`longitude ${quote(lonRaw)} is not a number: write decimal degrees, e.g. 37.6173 or 37,6173`
		);
	}
	return checkLngLat([lon, lat]);
}

/** Checks a `[lng, lat, …]` position from GeoJSON or GPX; extra values (elevation) are dropped. */
export function parsePosition(raw: unknown): Field<LngLat> {
	if (!Array.isArray(raw) || raw.length < 2) {
		return fail(`the position ${quote(raw)} is not [longitude, latitude]`);
	}
	const [lng, lat] = raw as unknown[];
	if (typeof lng !== 'number' || typeof lat !== 'number' || !isFinite(lng) || !isFinite(lat)) {
		return fail(`the position ${quote(raw)} must hold two numbers: [longitude, latitude]`);
	}
	return checkLngLat([lng, lat]);
}

function checkLngLat([lng, lat]: LngLat): Field<LngLat> {
	if (Math.abs(lat) > 90) {
		const swapped = Math.abs(lng) <= 90 ? ' (are latitude and longitude swapped?)' : '';
		return fail(`latitude ${lat} is outside −90…90${swapped}: check the coordinates`);
	}
	if (Math.abs(lng) > 180)
		return fail(`longitude ${lng} is outside −180…180: check the coordinates`);
	// Normalise -0 so ids and exports stay stable.
	return ok([lng + 0, lat + 0]);
}
