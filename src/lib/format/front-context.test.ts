import { describe, expect, it } from 'vitest';
import {
	heldWords,
	holderWords,
	inControlPeriod,
	sinceWords,
	stopFrontView
} from './front-context';
import { tinyControl } from '$lib/journey/fixtures/tiny-control';
import { TINY_PLACES } from '$lib/journey/fixtures/tiny-geodata';
import { haversineKm } from '$lib/journey/fixtures/haversine';
import { formatDistance } from './distance-format';

const control = tinyControl();
const stopAt = (place: string, date: string) => ({
	place,
	coordinates: TINY_PLACES[place]!,
	date
});

describe('the words', () => {
	it.each([
		[
			{ holder: 'white', army: 'Komuch and the Czechoslovak Legion' },
			'White (Komuch and the Czechoslovak Legion)'
		],
		[{ holder: 'red' }, 'Red'],
		[{ holder: 'central-powers', army: 'German army' }, 'Central Powers (German army)'],
		[{ holder: 'unknown' }, 'Not known'],
		[{ holder: 'white', army: 'AFSR (Volunteer Army)' }, 'White — AFSR (Volunteer Army)']
	] as const)('holder %j reads %s', (h, words) => expect(holderWords(h)).toBe(words));

	it.each([
		[{ date: '1918-08-07', precision: 'day' }, 'since 7 August 1918 (exact day)'],
		[
			{ date: '1919-07-15', precision: 'month', earliest: '1919-07-01', latest: '1919-07-31' },
			'since July 1919 (month only; between 1 July 1919 and 31 July 1919)'
		],
		[
			{ date: '1919-12-11', precision: 'approx', earliest: '1919-12-05' },
			'since c. 11 December 1919 (approximate; possibly from 5 December 1919)'
		],
		[
			{ date: '1918-10-07', precision: 'day', latest: '1918-10-08' },
			'since 7 October 1918 (exact day; possibly not until 8 October 1918)'
		],
		[
			{ date: '1918-08-01', precision: 'before' },
			'since before 1 August 1918, when our record begins'
		]
	] as const)('since %j reads %s', (since, words) => expect(sinceWords(since)).toBe(words));

	it.each([
		[{ holder: 'white', name: 'Kazan' }, 'White-held Kazan'],
		[
			{ holder: 'central-powers', army: 'German army (Hetmanate)', name: 'Kiev' },
			'German-held Kiev'
		],
		[{ holder: 'central-powers', name: 'Odessa' }, 'Central Powers-held Odessa'],
		[{ holder: 'polish', army: 'Polish army', name: 'Vilna' }, 'Polish-held Vilna']
	] as const)('%j reads %s', (p, words) => expect(heldWords(p)).toBe(words));

	it('knows the period the control data covers', () => {
		expect(inControlPeriod('1918-08-01')).toBe(true);
		expect(inControlPeriod('1921-12-31')).toBe(true);
		expect(inControlPeriod('1918-07-31')).toBe(false);
		expect(inControlPeriod('1929-02-12')).toBe(false);
	});
});

describe('stopFrontView', () => {
	it('says who held a recorded place, since when, and the nearest other-side place', () => {
		const view = stopFrontView(control, stopAt('gamma', '1919-02-02'), 'km');
		expect(view.recorded).toBe(true);
		expect(view.held).toMatchObject({
			holder: 'red',
			words: 'Red',
			grade: 'documented',
			sources: ['src-a']
		});
		expect(view.held?.sinceWords).toBe('since before 1 August 1918, when our record begins');
		expect(view.other).toBeUndefined();
		const km = haversineKm(TINY_PLACES.gamma!, TINY_PLACES.delta!);
		expect(view.nearest?.lead).toBe('Nearest place held by the other side');
		expect(view.nearest?.words).toBe(`White-held DELTA, ${formatDistance(km, 'km')} away`);
		expect(stopFrontView(control, stopAt('gamma', '1919-02-02'), 'verst').nearest?.words).toBe(
			`White-held DELTA, ${formatDistance(km, 'verst')} away`
		);
	});

	it('gives both readings and the disagreement where the change is dated only within a window', () => {
		const view = stopFrontView(control, stopAt('delta', '1919-02-04'), 'km');
		expect(view.held?.words).toBe('Red');
		expect(view.held?.sinceWords).toBe(
			'since c. 3 February 1919 (approximate; between 2 February 1919 and 5 February 1919)'
		);
		expect(view.other?.words).toBe(
			'Or still White (Komuch): the change, dated c. 3 February 1919 (approximate; between 2 February 1919 and 5 February 1919), may not yet have come.'
		);
		expect(view.notes.map((n) => n.text)).toEqual(['A says 2 Feb, B 5 Feb.']);
		expect(view.nearest?.place.name).toBe('OUTPOST');
	});

	it('looks from the other side at a place the other side held', () => {
		const view = stopFrontView(control, stopAt('delta', '1919-01-15'), 'km');
		expect(view.held?.words).toBe('White (Komuch)');
		expect(view.nearest?.lead).toBe('Nearest Red-held place');
		expect(view.nearest?.place.name).toBe('GAMMA');
	});

	it('says plainly when a place has no record, and still measures from the stop', () => {
		const view = stopFrontView(control, stopAt('beta', '1919-03-02'), 'km');
		expect(view.recorded).toBe(false);
		expect(view.held).toBeUndefined();
		expect(view.nearest?.lead).toBe('Nearest place held against the Reds');
		expect(view.nearest?.place.name).toBe('OUTPOST');
	});
});
