import { describe, expect, it } from 'vitest';
import { holderAt } from '$lib/journey/control';
import { controlChange, controlFeature } from '$lib/journey/fixtures/features';
import { holderPhrase } from './holder-phrase';

const control = [
	controlFeature(
		'kazan',
		[49.12, 55.79],
		[
			controlChange('1918-08-01', 'red'),
			controlChange('1918-08-07', 'white', {
				army: 'Komuch',
				since: { date: '1918-08-07', precision: 'day', earliest: '1918-08-06' }
			}),
			controlChange('1918-09-10', 'red', { since: { date: '1918-09-10', precision: 'approx' } })
		]
	)
];

describe('holderPhrase', () => {
	it.each([
		['1918-08-03', 'Red since before 1 August 1918'],
		['1918-08-06', 'Red since before 1 August 1918 (changing hands about then)'],
		['1918-08-20', 'White (Komuch) since 7 August 1918'],
		['1918-09-20', 'Red since c. 10 September 1918'],
		['1922-02-01', 'not known']
	])('on %s: %s', (date, phrase) => {
		expect(holderPhrase(holderAt(control, 'kazan', date))).toBe(phrase);
	});
});
