/** A date as readers write it in a file, read into Echelon's historical date. */
import { civilDayNumber, isoFromDayNumber, isoYear, julianDayNumber } from '$lib/journey/days';
import type { HistoricalDate } from '$lib/journey/schema';
import { readDateText, type DateOrder } from './date-forms';
import { fail, isBlank, ok, type Field } from './fields';
import { quote } from './issues';

export type { DateOrder };

/** How one date was read: its value and the form it was written in (for the reader's summary). */
export type DateField = Field<HistoricalDate> & { form?: string };

const pad = (n: number) => String(n).padStart(2, '0');

/** The Gregorian ISO date of a year, month and day, or undefined when no such day exists. */
function isoDay(y: number, m: number, d: number, julian: boolean): string | undefined {
	if (m < 1 || m > 12 || d < 1 || d > 31) return undefined;
	const iso = `${isoYear(y)}-${pad(m)}-${pad(d)}`;
	if (!julian) return isoFromDayNumber(civilDayNumber(y, m, d)) === iso ? iso : undefined;
	// Julian months: the Gregorian lengths, with 29 February in every fourth year.
	const leap = ((y % 4) + 4) % 4 === 0;
	const length =
		m === 2 ? (leap ? 29 : 28) : [31, 0, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1];
	return d <= (length ?? 0) ? isoFromDayNumber(julianDayNumber(y, m, d)) : undefined;
}

/**
 * A date as readers write it in a file (see date-forms.ts): a day (a time after it, as in GPX, is
 * dropped), a month or a year; Gregorian, or Julian marked `O.S.` and converted (the file's reading
 * kept in the date's note). `order` settles `03/04/1918`: day first (`dmy`) or month first.
 * @example parseDateField('17.09.1918') // { ok: true, value: { date: '1918-09-17', precision: 'day' }, form: 'DD.MM.YYYY' }
 */
export function parseDateField(raw: unknown, order: DateOrder = 'dmy'): DateField {
	const hint =
		'write it as YYYY-MM-DD (e.g. 1918-09-17), DD.MM.YYYY, 17 September 1918, or 20 July 336 BC';
	if (isBlank(raw)) {
		return fail(`the date is missing: ${hint}`);
	}
	if (typeof raw !== 'string') return fail(`the date ${quote(raw)} is not text: ${hint}`);
	const text = raw.trim();
	const read = readDateText(text, order);
	if (!read) return fail(`the date ${quote(text)} is not understood: ${hint}`);
	const { y, m, d, julian, form } = read;
	const given = julian
		? {
				note: `Given as ${text} in the file (Julian calendar, Old Style); shown in the Gregorian calendar.`
			}
		: {};
	if (m !== undefined && d !== undefined) {
		const iso = isoDay(y, m, d, julian);
		if (!iso) return fail(`${quote(text)} is not a real calendar date: ${hint}`);
		return { ok: true, value: { date: iso, precision: 'day', ...given }, form };
	}
	if (m !== undefined) {
		if (m < 1 || m > 12) return fail(`${quote(text)} has no month ${m}: ${hint}`);
		// A month: its first day; Old Style months start within two weeks of the New Style ones.
		const first = julian ? isoDay(y, m, 1, true) : `${isoYear(y)}-${pad(m)}-01`;
		return { ok: true, value: { date: first ?? '', precision: 'month', ...given }, form };
	}
	const start = `${isoYear(y)}-01-01`;
	return {
		...ok({
			date: start,
			precision: 'approx',
			earliest: start,
			latest: `${isoYear(y)}-12-31`,
			note: 'Only the year is given.'
		}),
		form
	};
}
