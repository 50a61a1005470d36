import { describe, expect, it } from 'vitest';
import { isNotionalLink } from './counts';

describe('isNotionalLink', () => {
	it('tells the hub links and the build spurs from railway sections', () => {
		expect(isNotionalLink('M01')).toBe(true);
		expect(isNotionalLink('M04')).toBe(true);
		expect(isNotionalLink('S-R15f-taganrog')).toBe(true);
		expect(isNotionalLink('R15f')).toBe(false);
		expect(isNotionalLink('R01a')).toBe(false);
		// A section id that merely starts with M or S is not a link.
		expect(isNotionalLink('Main')).toBe(false);
		expect(isNotionalLink('S12')).toBe(false);
	});
});
