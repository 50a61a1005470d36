import { describe, expect, it } from 'vitest';
import { timelineTicks } from './ticks';
import { dayNumber } from '$lib/journey/days';

describe('timelineTicks', () => {
	it('labels every year of a three-year span and marks its months', () => {
		const ticks = timelineTicks(dayNumber('1918-08-08'), dayNumber('1921-03-01'), 900);
		expect(ticks.filter((t) => t.major).map((t) => t.label)).toEqual(['1919', '1920', '1921']);
		const months = ticks.filter((t) => !t.major);
		expect(months.length).toBe(28);
		expect(ticks.every((t) => t.tDay >= dayNumber('1918-08-08'))).toBe(true);
	});

	it('labels months when there is room for them', () => {
		const ticks = timelineTicks(dayNumber('1928-01-17'), dayNumber('1928-12-31'), 900);
		expect(ticks.map((t) => t.label)).toContain('Jun');
		expect(ticks[0]).toMatchObject({ label: '1928', major: true });
	});

	it('thins year labels on a long span in a narrow timeline', () => {
		const ticks = timelineTicks(dayNumber('1928-01-17'), dayNumber('1940-08-21'), 200);
		const labelled = ticks.filter((t) => t.label);
		expect(labelled.length).toBeLessThanOrEqual(6);
		expect(labelled.length).toBeGreaterThanOrEqual(3);
	});

	it('gives days for a journey of weeks', () => {
		const ticks = timelineTicks(dayNumber('1920-05-01'), dayNumber('1920-05-20'), 600);
		const labels = ticks.map((t) => t.label).filter(Boolean);
		expect(labels).toContain('3 May');
		expect(labels.length).toBeGreaterThanOrEqual(8);
	});

	it('never gives two ticks for one day', () => {
		for (const [a, b] of [
			['1919-02-01', '1919-07-01'],
			['1920-05-01', '1920-05-20'],
			['1918-08-08', '1921-12-31']
		] as const) {
			const days = timelineTicks(dayNumber(a), dayNumber(b), 700).map((t) => t.tDay);
			expect(new Set(days).size).toBe(days.length);
		}
	});

	it('labels BC years as readers count them, down to 1 BC and on to AD 1', () => {
		// Alexander from Pella (spring 334 BC) to Babylon (autumn 331 BC).
		const ticks = timelineTicks(dayNumber('-0333-03-01'), dayNumber('-0330-10-20'), 900);
		expect(ticks.filter((t) => t.major).map((t) => t.label)).toEqual([
			'333 BC',
			'332 BC',
			'331 BC'
		]);
		expect(ticks.find((t) => t.label === '333 BC')?.tDay).toBe(dayNumber('-0332-01-01'));
		const across = timelineTicks(dayNumber('-0002-06-01'), dayNumber('0002-06-01'), 900);
		expect(across.filter((t) => t.major).map((t) => t.label)).toEqual([
			'2 BC',
			'1 BC',
			'AD 1',
			'AD 2'
		]);
	});

	it('thins BC year labels on round years and gives them room', () => {
		const ticks = timelineTicks(dayNumber('-0335-07-20'), dayNumber('-0322-06-10'), 300);
		const labels = ticks.map((t) => t.label).filter(Boolean);
		expect(labels.length).toBeGreaterThanOrEqual(3);
		for (const label of labels) expect(label).toMatch(/^\d+ BC$/);
		const years = labels.map((l) => Number.parseInt(l, 10));
		const every = (years[0] ?? 0) - (years[1] ?? 0);
		expect(every).toBeGreaterThan(1);
		expect(years.every((y) => y % every === 0)).toBe(true);
		// Labels at least 47 px apart ("334 BC" needs it).
		const px = (t: number) =>
			((t - dayNumber('-0335-07-20')) / (dayNumber('-0322-06-10') - dayNumber('-0335-07-20'))) *
			300;
		const at = ticks.filter((t) => t.label).map((t) => px(t.tDay));
		at.slice(1).forEach((x, i) => expect(x - (at[i] ?? 0)).toBeGreaterThanOrEqual(47));
	});

	it('names the BC year of a span within one year', () => {
		const ticks = timelineTicks(dayNumber('-0332-03-01'), dayNumber('-0332-11-30'), 600);
		expect(ticks[0]).toMatchObject({ label: '333 BC', major: true });
	});

	it('is empty for an empty span', () => {
		expect(timelineTicks(5, 5, 600)).toEqual([]);
	});
});
