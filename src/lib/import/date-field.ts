/** A date as readers write it in a file, read into Echelon's historical date. */
import { dayNumber, isoFromDayNumber } from '$lib/journey/days';
import type { HistoricalDate } from '$lib/journey/schema';
import { fail, isBlank, ok, type Field } from './fields';
import { quote } from './issues';

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
	if (isBlank(raw)) {
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
