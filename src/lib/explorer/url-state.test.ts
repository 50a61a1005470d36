import { describe, expect, it } from 'vitest';
import { formatUrlState, formatUrlTime, parseUrlState } from './url-state';
import { dayNumber } from '$lib/journey/days';

const allowed = { journeys: ['train', 'exile'], speeds: [1, 3, 7, 14, 30] };

describe('URL state', () => {
	it('round-trips a full state', () => {
		const state = {
			journey: 'exile',
			tDay: dayNumber('1929-02-12') + 0.25,
			speed: 14,
			stop: '1929-02-12-istanbul',
			leg: 't03-odessa-istanbul',
			follow: false,
			mode: 'stops' as const,
			both: true,
			unit: 'verst' as const
		};
		const search = formatUrlState(state);
		expect(search).toBe(
			'journey=exile&t=1929-02-12T06%3A00&speed=14&stop=1929-02-12-istanbul&leg=t03-odessa-istanbul&follow=0&mode=stops&both=1&unit=verst'
		);
		expect(parseUrlState(search, allowed)).toEqual(state);
	});

	it.each([
		['journey=atlantis', {}],
		['t=1918-02-30', {}],
		['t=1918-13-01', {}],
		['t=yesterday', {}],
		['t=1918-09-17T25:00', {}],
		['speed=5', {}],
		['speed=NaN', {}],
		['stop=%3Cimg%20src%3Dx%3E', {}],
		['leg=t01%2F..%2Fx', {}],
		['follow=maybe', {}],
		['mode=fast', {}],
		['unit=furlong', {}],
		['unit=versts', { unit: 'verst' }],
		['%%%', {}],
		['t=1918-09-17', { tDay: dayNumber('1918-09-17') }]
	])('falls back to defaults for %s', (search, expected) => {
		expect(parseUrlState(search, allowed)).toEqual(expected);
	});

	it('round-trips a BC date (astronomical year: -0333 is 334 BC)', () => {
		const state = { tDay: dayNumber('-0333-11-05') + 0.25, stop: '-0333-11-05-alexander_4' };
		const search = formatUrlState(state);
		expect(search).toBe('t=-0333-11-05T06%3A00&stop=-0333-11-05-alexander_4');
		expect(parseUrlState(search, allowed)).toEqual(state);
		expect(parseUrlState('t=0000-02-29', allowed)).toEqual({ tDay: dayNumber('0000-02-29') });
		// 2 BC had no 29 February; year 0 has no sign.
		expect(parseUrlState('t=-0001-02-29', allowed)).toEqual({});
		expect(parseUrlState('t=-0000-01-01', allowed)).toEqual({});
	});

	it('formats minutes and rolls over at midnight', () => {
		expect(formatUrlTime(dayNumber('1918-08-08') + 0.5)).toBe('1918-08-08T12:00');
		expect(formatUrlTime(dayNumber('1918-08-08') + 0.99999)).toBe('1918-08-09T00:00');
	});
});
