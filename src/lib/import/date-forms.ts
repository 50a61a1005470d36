/**
 * The ways a date is written in files and spreadsheets, read into an astronomical year, a month and a
 * day: ISO (`1918-09-17`, `-0335-07-20`), day first with dots (`17.09.1918`), slashes (`17/09/1918` or
 * `09/17/1918`, by `order`), month names in common languages (`17 September 1918`, `Sept. 17, 1918`,
 * `17 сентября 1918`), BC/AD years (`20 July 336 BC`, `AD 33`), and the Old Style (Julian calendar)
 * marked `O.S.` Each reading names its form, so the reader can be told how the file was read.
 */
import { monthFromName } from './month-names';

export type DateOrder = 'dmy' | 'mdy';

export interface DateText {
	y: number;
	/** Absent for a year alone. */
	m?: number;
	d?: number;
	julian: boolean;
	/** The form read, for the reader: `DD.MM.YYYY`, `day month year`… */
	form: string;
}

const TIME = String.raw`(?:[T ]\d{1,2}(?::\d{2}(?::\d{2}(?:\.\d+)?)?)?(?:Z|[+-]\d{2}:?\d{2})?)?`;
const ISO_DAY = new RegExp(String.raw`^(-?\d{4})-(\d{2})-(\d{2})${TIME}$`);
const ISO_MONTH = /^(-?\d{4})-(\d{2})$/;
const ISO_YEAR = /^(-?\d{4})$/;
const DOTS = new RegExp(String.raw`^(\d{1,2})\.(\d{1,2})\.(\d{4})${TIME}$`);
const SLASHES = new RegExp(String.raw`^(\d{1,2})/(\d{1,2})/(\d{4})${TIME}$`);
const OLD_STYLE = /\s*\(?\b(?:o\.\s?s\.?|os|old style|julian|ст\.\s?ст\.?)\)?\s*$/i;
const NEW_STYLE = /\s*\(?\b(?:n\.\s?s\.?|new style|gregorian)\)?\s*$/i;
const BC = /\s*\b(?:b\.?\s?c\.?(?:\s?e\.?)?|bce)$/i;
const AD = /(?:^|\s)(?:a\.?\s?d\.?|c\.\s?e\.|ce)(?=\s|$)/i;

/** A slash date is ambiguous when both readings are real dates and differ. */
export function isAmbiguousSlashDate(text: string): boolean {
	const s = SLASHES.exec(text.trim());
	return Boolean(s && Number(s[1]) <= 12 && Number(s[2]) <= 12 && s[1] !== s[2]);
}

/** Which order a slash date forces, if any: `25/12/1918` is day first. */
export function slashOrderOf(text: string): DateOrder | undefined {
	const s = SLASHES.exec(text.trim());
	if (!s) return undefined;
	if (Number(s[1]) > 12 && Number(s[2]) <= 12) return 'dmy';
	if (Number(s[2]) > 12 && Number(s[1]) <= 12) return 'mdy';
	return undefined;
}

export function readDateText(raw: string, order: DateOrder): DateText | undefined {
	let text = raw.trim().replace(/\s+/g, ' ');
	const julian = OLD_STYLE.test(text);
	text = text.replace(OLD_STYLE, '').replace(NEW_STYLE, '');
	const bc = BC.test(text);
	const ad = !bc && AD.test(text);
	text = text.replace(BC, '').replace(AD, '').trim();
	const era = bc || ad;
	const read = era ? readEraDate(text, bc) : readPlain(text, order);
	return read && { ...read, julian, form: `${read.form}${julian ? ' (Old Style)' : ''}` };
}

function readPlain(text: string, order: DateOrder): Omit<DateText, 'julian'> | undefined {
	let m = ISO_DAY.exec(text);
	if (m) return { y: Number(m[1]), m: Number(m[2]), d: Number(m[3]), form: 'YYYY-MM-DD' };
	if ((m = ISO_MONTH.exec(text))) return { y: Number(m[1]), m: Number(m[2]), form: 'YYYY-MM' };
	if ((m = ISO_YEAR.exec(text))) return { y: Number(m[1]), form: 'YYYY' };
	if ((m = DOTS.exec(text)))
		return { y: Number(m[3]), m: Number(m[2]), d: Number(m[1]), form: 'DD.MM.YYYY' };
	if ((m = SLASHES.exec(text))) {
		const [a, b] = [Number(m[1]), Number(m[2])];
		return order === 'dmy'
			? { y: Number(m[3]), m: b, d: a, form: 'DD/MM/YYYY' }
			: { y: Number(m[3]), m: a, d: b, form: 'MM/DD/YYYY' };
	}
	return readNamed(text, (y) => y);
}

/** `20 July 336 BC`, `336 BC`, `AD 33`: years counted from 1, turned astronomical for BC. */
function readEraDate(text: string, bc: boolean): Omit<DateText, 'julian'> | undefined {
	const toYear = (y: number) => (bc ? 1 - y : y);
	const year = /^(\d{1,4})$/.exec(text);
	if (year && Number(year[1]) > 0)
		return { y: toYear(Number(year[1])), form: bc ? 'year BC' : 'year AD' };
	const named = readNamed(text, toYear);
	return named && { ...named, form: `${named.form} ${bc ? 'BC' : 'AD'}` };
}

const FILLER = new Set(['de', 'of', 'the', 'г.', 'года', 'im', 'en']);

/** `17 September 1918`, `17. September 1918`, `Sept. 17, 1918`, `17 de septiembre de 1918`, `Sept 1918`. */
function readNamed(
	text: string,
	toYear: (y: number) => number
): Omit<DateText, 'julian'> | undefined {
	const words = text
		.toLocaleLowerCase('und')
		.replace(/,/g, ' ')
		.split(' ')
		.map((w) => w.replace(/^(\d{1,4})(?:st|nd|rd|th|er|e|\.)?$/, '$1'))
		.filter((w) => w && !FILLER.has(w));
	const names = words.filter((w) => !/^\d+$/.test(w));
	const month = names.length === 1 ? monthFromName(names[0] ?? '') : undefined;
	if (month === undefined) return undefined;
	const nums = words.filter((w) => /^\d+$/.test(w)).map(Number);
	if (nums.length === 1 && (nums[0] ?? 0) > 0) {
		return { y: toYear(nums[0] ?? 0), m: month, form: 'month year' };
	}
	if (nums.length !== 2) return undefined;
	const [a = 0, b = 0] = nums;
	const [d, y] = a > 31 ? [b, a] : [a, b];
	if (y <= 0) return undefined;
	const form = /^\d/.test(words[0] ?? '') ? 'day month year' : 'month day, year';
	return { y: toYear(y), m: month, d, form };
}
