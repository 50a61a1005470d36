import { describe, expect, it } from 'vitest';
import { claimLabel, derivationHead, independentCountWords } from './claims';
import type { ClaimGroup } from '$lib/journey/claim-origins';

describe('claimLabel', () => {
	it.each([
		[{ qualifier: 'at least', value: 75000, unit: 'mi' }, 'at least 75,000 mi'],
		[{ qualifier: 'about', value: 100000, unit: 'verst' }, 'about 100,000 versts']
	] as const)('%j → %s', (claim, text) => expect(claimLabel(claim)).toBe(text));
});

describe('derivationHead', () => {
	it('says a copy repeats, and into what unit a conversion went', () => {
		expect(derivationHead('repeats', 'mi')).toBe('Repeated by');
		expect(derivationHead('converts', 'km')).toBe('Converted to km by');
		expect(derivationHead('converts', 'verst')).toBe('Converted to versts by');
	});
});

describe('independentCountWords', () => {
	const group = (copies: number): ClaimGroup<string> => ({
		origin: 'o',
		derived: Array.from({ length: copies }, () => ({ item: 'c', from: 'o' }))
	});
	it.each([
		[
			[group(2), group(0), group(0), group(0)],
			'4 independent figures (6 published; 2 repeat or convert another)'
		],
		[[group(1)], '1 independent figure (2 published; 1 repeats or converts another)'],
		[[group(0), group(0)], '2 published figures'],
		[[group(0)], '1 published figure']
	])('%#: %s', (groups, text) => expect(independentCountWords(groups)).toBe(text));
});
