import { describe, expect, it } from 'vitest';
import { legLine, listOf } from './leg-line';

describe('how a leg’s line was made, in words', () => {
	it('says a routed leg runs on the period network, and through which places', () => {
		const text = legLine({ shape: 'routed', mode: 'rail' }, ['Murom', 'Arzamas']);
		expect(text.summary).toBe('Routed on the period rail network');
		expect(text.detail).toMatch(/sections open on the day the leg began/);
		expect(text.detail).toMatch(/passes Murom and Arzamas\.$/);
	});

	it('tells a sea lane from a traced railway, and neither claims a recorded course', () => {
		const sea = legLine({ shape: 'traced', mode: 'sea' });
		expect(sea.summary).toBe('Traced along a sea lane');
		expect(sea.detail).toMatch(/not recorded/);
		expect(legLine({ shape: 'traced', mode: 'river' }).summary).toBe('Traced along a river lane');
		const rail = legLine({ shape: 'traced', mode: 'rail' });
		expect(rail.summary).toBe('Traced along the line');
		expect(rail.detail).toMatch(/off the period network/);
	});

	it('says a straight or great-circle line is not the way taken', () => {
		expect(legLine({ shape: 'straight', mode: 'car' }).detail).toMatch(/way taken is not known/);
		expect(legLine({ shape: 'straight', mode: 'rail' }).detail).toMatch(/on the period network/);
		expect(legLine({ shape: 'straight', mode: 'car' }).detail).not.toMatch(/network/);
		expect(legLine({ shape: 'great-circle', mode: 'sea' }).summary).toBe('Drawn as a great circle');
	});

	it('lists names as a sentence does', () => {
		expect(listOf([])).toBe('');
		expect(listOf(['Murom'])).toBe('Murom');
		expect(listOf(['Murom', 'Arzamas', 'Romodanovo'])).toBe('Murom, Arzamas and Romodanovo');
	});
});
