import { describe, expect, it } from 'vitest';
import { parseDateField } from './date-field';

const read = (text: string, order?: 'dmy' | 'mdy') => {
	const r = parseDateField(text, order);
	return r.ok ? [r.value.date, r.value.precision, r.form] : r.message;
};

describe('parseDateField: the ways spreadsheets write dates', () => {
	it.each([
		['1918-09-17', '1918-09-17', 'day', 'YYYY-MM-DD'],
		['1918-09-17T06:00:00Z', '1918-09-17', 'day', 'YYYY-MM-DD'],
		['17.09.1918', '1918-09-17', 'day', 'DD.MM.YYYY'],
		['7.9.1918', '1918-09-07', 'day', 'DD.MM.YYYY'],
		['17/09/1918', '1918-09-17', 'day', 'DD/MM/YYYY'],
		['17 September 1918', '1918-09-17', 'day', 'day month year'],
		['17. September 1918', '1918-09-17', 'day', 'day month year'],
		['Sept. 17, 1918', '1918-09-17', 'day', 'month day, year'],
		['17 сентября 1918', '1918-09-17', 'day', 'day month year'],
		['17 de septiembre de 1918', '1918-09-17', 'day', 'day month year'],
		['1er août 1914', '1914-08-01', 'day', 'day month year'],
		['September 1918', '1918-09-01', 'month', 'month year'],
		['1918-09', '1918-09-01', 'month', 'YYYY-MM'],
		['-0335-07-20', '-0335-07-20', 'day', 'YYYY-MM-DD'],
		['20 July 336 BC', '-0335-07-20', 'day', 'day month year BC'],
		['336 BC', '-0335-01-01', 'approx', 'year BC'],
		['AD 33', '0033-01-01', 'approx', 'year AD'],
		['3 April AD 33', '0033-04-03', 'day', 'day month year AD'],
		['1 February 1918 O.S.', '1918-02-14', 'day', 'day month year (Old Style)'],
		['25.10.1917 (O.S.)', '1917-11-07', 'day', 'DD.MM.YYYY (Old Style)']
	])('%s', (text, date, precision, form) => {
		expect(read(text)).toEqual([date, precision, form]);
	});

	it('reads slash dates in the order asked', () => {
		expect(read('03/04/1918', 'dmy')).toEqual(['1918-04-03', 'day', 'DD/MM/YYYY']);
		expect(read('03/04/1918', 'mdy')).toEqual(['1918-03-04', 'day', 'MM/DD/YYYY']);
	});

	it('keeps the Old Style reading in the note', () => {
		const r = parseDateField('1 February 1918 O.S.');
		expect(r.ok && r.value.note).toMatch(/1 February 1918 O\.S\..*Julian/);
	});

	it.each(['31.02.1918', '29 February 1900', 'Smarch 3 1918', '0 BC', '1918-13'])(
		'refuses %s with a fix',
		(text) => {
			expect(read(text)).toMatch(/not|no month/);
		}
	);

	it('accepts 29 February 1900 Old Style (a Julian leap year)', () => {
		expect(read('29.02.1900 O.S.')).toEqual(['1900-03-13', 'day', 'DD.MM.YYYY (Old Style)']);
	});
});
