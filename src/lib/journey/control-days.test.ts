import { describe, expect, it } from 'vitest';
import { holderAt } from './control';
import { changedHolders, controlChangeDays, holdersOn } from './control-days';
import { dayNumber, isoFromDayNumber } from './days';
import { controlChange, controlFeature } from './fixtures/features';
import { stepStart } from './partition-point';

// B changes hands twice in 1918; A never does; C's record starts only in 1919.
const control = [
	controlFeature('a', [48, 55], [controlChange('1918-08-01', 'red')]),
	controlFeature(
		'b',
		[48.2, 55],
		[
			controlChange('1918-08-01', 'red'),
			controlChange('1918-08-07', 'white', { army: 'Komuch' }),
			controlChange('1918-09-10', 'red')
		]
	),
	controlFeature('c', [49, 55], [controlChange('1919-03-01', 'polish')])
];
const day = (iso: string) => dayNumber(iso);

describe('controlChangeDays', () => {
	it('lists each change day once, in order, with the first day and the day after the last', () => {
		expect(controlChangeDays(control).map(isoFromDayNumber)).toEqual([
			'1918-08-01',
			'1918-08-07',
			'1918-09-10',
			'1919-03-01',
			'1922-01-01'
		]);
	});
});

describe('holdersOn', () => {
	it.each([
		['1918-08-06', { a: 'red', b: 'red', c: 'unknown' }],
		['1918-08-07', { a: 'red', b: 'white', c: 'unknown' }],
		['1918-09-10', { a: 'red', b: 'red', c: 'unknown' }],
		['1919-06-01', { a: 'red', b: 'red', c: 'polish' }],
		['1922-01-01', { a: 'unknown', b: 'unknown', c: 'unknown' }]
	])('on %s', (iso, expected) => {
		// Noon of the day: the fraction of a clock time is dropped.
		expect(Object.fromEntries(holdersOn(control, day(iso) + 0.5))).toEqual(expected);
	});

	it('agrees with holderAt on every day, and changes only on a change day', () => {
		const changes = controlChangeDays(control);
		let before = holdersOn(control, day('1918-07-25'));
		for (let d = day('1918-07-25'); d <= day('1922-01-05'); d++) {
			const now = holdersOn(control, d);
			for (const f of control) {
				expect(now.get(f.id)).toBe(holderAt(control, f.id, isoFromDayNumber(d)).holder);
			}
			if (changedHolders(before, now).length > 0) expect(stepStart(changes, d)).toBe(d);
			before = now;
		}
	});
});

describe('changedHolders', () => {
	it('names the places whose holder differs, and places new to the second reading', () => {
		const aug = holdersOn(control, day('1918-08-20'));
		const sep = holdersOn(control, day('1918-09-20'));
		expect(changedHolders(aug, sep)).toEqual(['b']);
		expect(changedHolders(new Map(), sep)).toEqual(['a', 'b', 'c']);
		expect(changedHolders(sep, sep)).toEqual([]);
	});
});
