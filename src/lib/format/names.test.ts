import { describe, expect, it } from 'vitest';
import { modernNameNote } from './names';

describe('modernNameNote', () => {
	it.each([
		[{ name: 'Tsaritsyn', modernName: 'Volgograd' }, '(Volgograd)'],
		[{ name: 'Kazan', modernName: 'Kazan' }, ''],
		[
			{ name: 'Sviyazhsk station', modernName: 'Sviyazhsk station (Nizhniye Vyazovye)' },
			'(Nizhniye Vyazovye)'
		],
		[{ name: 'Korenevo station', modernName: 'Korenevo' }, '(Korenevo)'],
		[undefined, '']
	])('%j → %s', (place, note) => expect(modernNameNote(place)).toBe(note));
});
