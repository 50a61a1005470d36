/**
 * Readers of single values from a row or a feature's properties. Each returns the value or a message
 * that says what is wrong and how to fix it: a name or note and a mode of travel here, a date in
 * date-field.ts, a position in position-fields.ts.
 */
import type { Mode } from '$lib/journey/schema';
import { quote } from './issues';
import { MAX_TEXT_LENGTH } from './limits';

export type Field<T> = { ok: true; value: T } | { ok: false; message: string };

export const ok = <T>(value: T): Field<T> => ({ ok: true, value });
export const fail = <T>(message: string): Field<T> => ({ ok: false, message });

/** An absent value: undefined, null or blank text. */
export const isBlank = (raw: unknown) =>
	raw === undefined || raw === null || (typeof raw === 'string' && raw.trim() === '');

/** A name or note: trimmed text, one to MAX_TEXT_LENGTH characters. */
export function parseTextField(
	raw: unknown,
	what: string,
	required: boolean
): Field<string | undefined> {
	if (isBlank(raw)) {
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
	if (isBlank(raw)) {
		return ok(undefined);
	}
	const key = typeof raw === 'string' ? raw.trim().toLowerCase() : '';
	// Own keys only: "constructor" and friends are not modes.
	const mode = Object.hasOwn(MODES, key) ? MODES[key] : undefined;
	return mode
		? ok(mode)
		: fail(`the mode ${quote(raw)} is not known: use rail, road, car, sledge, sea, river or foot`);
}
