import { describe, expect, it } from 'vitest';
import { placeMatches } from './search';
import type { Place } from './schema';

const tsaritsyn: Place = {
	id: 'tsaritsyn',
	name: 'Tsaritsyn',
	modernName: 'Volgograd',
	localName: 'Царицын',
	names: [
		{ name: 'Tsaritsyn', lang: 'en', to: 1925 },
		{ name: 'Stalingrad', lang: 'en', from: 1925, to: 1961 },
		{ name: 'Volgograd', lang: 'en', from: 1961 }
	],
	kind: 'city',
	country: 'RU',
	coordSource: 'test',
	sources: ['x']
};
const buyukada = {
	...tsaritsyn,
	name: 'Prinkipo',
	modernName: 'Büyükada',
	localName: 'Büyükada',
	names: []
};

describe('placeMatches', () => {
	it.each(['Volgograd', 'volgo', 'STALINGRAD', 'Царицын', 'tsaritsyn', '  tsar '])(
		'finds Tsaritsyn by %s',
		(q) => expect(placeMatches(tsaritsyn, q)).toBe(true)
	);
	it('ignores accents', () => expect(placeMatches(buyukada, 'buyukada')).toBe(true));
	it('rejects other names', () => expect(placeMatches(tsaritsyn, 'Kazan')).toBe(false));
	it('matches everything on an empty query', () => expect(placeMatches(tsaritsyn, ' ')).toBe(true));
});
