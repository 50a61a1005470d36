/**
 * Readers of single values from a row or a feature's properties: a date, a coordinate pair, a name,
 * a mode of travel. Each returns the value or a message that says what is wrong and how to fix it.
 */
import { dayNumber, isoFromDayNumber } from '$lib/journey/days';
import type { HistoricalDate, LngLat, Mode } from '$lib/journey/schema';
import { quote } from './issues';
import { MAX_TEXT_LENGTH } from './limits';

export type Field<T> = { ok: true; value: T } | { ok: false; message: string };

const ok = <T>(value: T): Field<T> => ({ ok: true, value });
const fail = <T>(message: string): Field<T> => ({ ok: false, message });

const DAY =
	/^(\d{4})-(\d{2})-(\d{2})(?:[T ]\d{2}(?::\d{2}(?::\d{2}(?:\.\d+)?)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/;
const MONTH = /^(\d{4})-(\d{2})$/;
const YEAR = /^(\d{4})$/;

const realDay = (iso: string) => isoFromDayNumber(dayNumber(iso)) === iso;

/**
 * A date as readers write it in a file: `1918-09-17` (a day; a time after it, as in GPX, is dropped),
 * `1918-09` (a month) or `1918` (a year). Gregorian calendar.
 * @example parseDateField('1918-09-17T06:00:00Z') // { ok: true, value: { date: '1918-09-17', precision: 'day' } }
 */
export function parseDateField(raw: unknown): Field<HistoricalDate> {
	const hint = 'write it as YYYY-MM-DD (e.g. 1918-09-17), or YYYY-MM for a month';
	if (raw === undefined || raw === null || (typeof raw === 'string' && raw.trim() === '')) {
		return fail(`the date is missing: ${hint}`);
	}
	if (typeof raw !== 'string') return fail(`the date ${quote(raw)} is not text: ${hint}`);
	const text = raw.trim();
	const day = DAY.exec(text);
	if (day) {
		const iso = `${day[1]}-${day[2]}-${day[3]}`;
		if (!realDay(iso)) return fail(`${quote(text)} is not a real calendar date: ${hint}`);
		return ok({ date: iso, precision: 'day' });
	}
	const month = MONTH.exec(text);
	if (month) {
		const m = Number(month[2]);
		if (m < 1 || m > 12) return fail(`${quote(text)} has no month ${month[2]}: ${hint}`);
		return ok({ date: `${month[1]}-${month[2]}-01`, precision: 'month' });
	}
	const year = YEAR.exec(text);
	if (year) {
		return ok({
			date: `${year[1]}-01-01`,
			precision: 'approx',
			earliest: `${year[1]}-01-01`,
			latest: `${year[1]}-12-31`,
			note: 'Only the year is given.'
		});
	}
	return fail(`the date ${quote(text)} is not understood: ${hint}`);
}

const NUMBER = /^[+-]?(\d+(\.\d*)?|\.\d+)$/;

function parseNumber(raw: unknown): number | undefined {
	if (typeof raw === 'number') return Number.isFinite(raw) ? raw : undefined;
	if (typeof raw !== 'string') return undefined;
	const text = raw.trim();
	return NUMBER.test(text) ? Number(text) : undefined;
}

/**
 * A position from a latitude and a longitude in decimal degrees (WGS 84), as `[lng, lat]`.
 * Catches the commonest mistake, swapped columns, and says so.
 */
export function parseLatLonFields(latRaw: unknown, lonRaw: unknown): Field<LngLat> {
	const lat = parseNumber(latRaw);
	const lon = parseNumber(lonRaw);
	if (lat === undefined) {
		return fail(
			`latitude ${quote(latRaw)} is not a number: write decimal degrees with a dot, e.g. 55.7558`
		);
	}
	if (lon === undefined) {
		return fail(
			`longitude ${quote(lonRaw)} is not a number: write decimal degrees with a dot, e.g. 37.6173`
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

/** A name or note: trimmed text, one to MAX_TEXT_LENGTH characters. */
export function parseTextField(
	raw: unknown,
	what: string,
	required: boolean
): Field<string | undefined> {
	if (raw === undefined || raw === null || (typeof raw === 'string' && raw.trim() === '')) {
		return required ? fail(`the ${what} is empty: give every stop a ${what}`) : ok(undefined);
	}
	if (typeof raw !== 'string' && typeof raw !== 'number') {
		return fail(`the ${what} ${quote(raw)} is not text`);
	}
	const text = String(raw).trim();
	if (text.length > MAX_TEXT_LENGTH) {
		return fail(
			`the ${what} is ${text.length} characters long: shorten it to ${MAX_TEXT_LENGTH} at most`
		);
	}
	return ok(text);
}

const MODES: Record<string, Mode> = {
	rail: 'rail',
	train: 'rail',
	railway: 'rail',
	road: 'road',
	car: 'car',
	bus: 'road',
	sledge: 'sledge',
	sleigh: 'sledge',
	sea: 'sea',
	ship: 'sea',
	boat: 'sea',
	ferry: 'sea',
	river: 'river',
	foot: 'foot',
	walk: 'foot',
	walking: 'foot'
};

/** How the traveller reached a stop (optional): rail, road, car, sledge, sea, river or foot. */
export function parseModeField(raw: unknown): Field<Mode | undefined> {
	if (raw === undefined || raw === null || (typeof raw === 'string' && raw.trim() === '')) {
		return ok(undefined);
	}
	const key = typeof raw === 'string' ? raw.trim().toLowerCase() : '';
	// Own keys only: "constructor" and friends are not modes.
	const mode = Object.hasOwn(MODES, key) ? MODES[key] : undefined;
	return mode
		? ok(mode)
		: fail(`the mode ${quote(raw)} is not known: use rail, road, car, sledge, sea, river or foot`);
}
