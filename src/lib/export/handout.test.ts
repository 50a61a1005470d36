import { describe, expect, it } from 'vitest';
import { handout } from './handout';
import { onDay, placeFeature, stopFeature } from '$lib/journey/fixtures/features';
import type { Journey } from '$lib/journey/types';

const journey: Journey = {
	meta: {
		id: 'j',
		title: 'A journey',
		summary: 'Summary',
		period: { start: onDay('1920-01-01'), end: onDay('1920-02-01') },
		region: { bbox: [30, 50, 40, 60] },
		trips: [
			{
				number: 2,
				label: 'Trip 2',
				title: 'South',
				start: onDay('1920-01-10'),
				end: onDay('1920-01-12'),
				grade: 'documented',
				sources: ['b']
			}
		],
		claims: []
	},
	stops: [
		stopFeature('1920-01-01-a', [30, 50], {
			place: 'a',
			trip: 1,
			depart: onDay('1920-01-01'),
			sources: ['a', 'b']
		}),
		stopFeature('1920-01-10-b', [31, 51], {
			place: 'b',
			trip: 2,
			depart: onDay('1920-01-10'),
			sources: ['b']
		}),
		stopFeature('1920-01-12-c', [32, 52], {
			place: 'c',
			trip: 2,
			arrive: onDay('1920-01-12'),
			sources: ['c', 'b'],
			grade: 'probable'
		})
	],
	legs: []
};
const places = {
	b: placeFeature('b', [31, 51], { name: 'Tsaritsyn', modernName: 'Volgograd' }).properties
};
const sources = {
	b: {
		id: 'b',
		author: 'Smele',
		title: 'The Russian Civil Wars',
		year: 2015,
		language: 'en',
		kind: 'book' as const
	}
};

describe('printed itinerary', () => {
	it('one trip: its stops in order, period and modern names, and each source numbered once', () => {
		const h = handout(journey, 2, places, sources);
		expect(h.subtitle).toBe('Trip 2: South');
		expect(h.stops.map((s) => s.place)).toEqual(['Tsaritsyn (Volgograd)', 'c']);
		expect(h.stops.map((s) => s.refs)).toEqual([[1], [2, 1]]);
		expect(h.references).toEqual(['Smele, The Russian Civil Wars (2015)', 'c']);
		expect(h.stops[1]).toMatchObject({ grade: 'probable', when: 'arrived 12 January 1920' });
	});

	it('writes a locator prefix once', () => {
		const h = handout(journey, null, places, {
			a: { ...sources.b, id: 'a', volume: 'vol. 1', chapter: '33', pages: 'pp. 5–7' }
		});
		expect(h.references[0]).toBe('Smele, The Russian Civil Wars, vol. 1, ch. 33, pp. 5–7 (2015)');
	});

	it('the whole journey: every stop', () => {
		expect(handout(journey, null, places, sources).stops).toHaveLength(3);
	});
});
