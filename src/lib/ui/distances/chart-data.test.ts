import { describe, expect, it } from 'vitest';
import { buildChartData, eraTickFormat } from './chart-data';
import { buildDistanceView } from '$lib/journey/distance-view';
import { tinyGeodata } from '$lib/journey/fixtures/tiny-geodata';
import type { Claim } from '$lib/journey/schema';

function journeyWithClaims(claims: Claim[]) {
	const data = tinyGeodata();
	const [journey] = data.journeys;
	if (!journey) throw new Error('fixture changed');
	journey.meta.claims = claims;
	const [view] = buildDistanceView(data).journeys;
	if (!view) throw new Error('no view');
	return view;
}

const claim = (
	id: string,
	value: number,
	unit: Claim['unit'],
	qualifier: Claim['qualifier']
): Claim => ({
	id,
	value,
	unit,
	qualifier,
	wording: id,
	language: 'en',
	covers: 'all',
	sources: ['src-a']
});

describe('buildChartData', () => {
	const journey = journeyWithClaims([
		claim('a', 75_000, 'mi', 'at least'),
		claim('b', 121_000, 'km', 'at least'),
		claim('c', 100_000, 'verst', 'about'),
		claim('d', 200_000, 'km', 'over')
	]);

	it('merges claims within 1% of each other and alternates their labels', () => {
		const { claims } = buildChartData(journey, 'km');
		expect(claims).toEqual([
			{ value: 106_680, label: 'about 100,000 versts', side: 'end' },
			{ value: 120_700.8, label: 'at least 75,000 mi · at least 121,000 km', side: 'start' },
			{ value: 200_000, label: 'over 200,000 km', side: 'end' }
		]);
	});

	it('draws a copy and a conversion as their origin’s line, counted once', () => {
		const derived = (c: Claim, from: string, how: 'repeats' | 'converts'): Claim => ({
			...c,
			derivesFrom: { claim: from, how, reasoning: 'the same sentence' }
		});
		const origin = claim('origin', 75_000, 'mi', 'at least');
		const { claims } = buildChartData(
			journeyWithClaims([
				derived(claim('copy', 75_000, 'mi', 'at least'), 'origin', 'repeats'),
				origin,
				derived(claim('km', 121_000, 'km', 'at least'), 'copy', 'converts'),
				claim('other', 100_000, 'verst', 'about')
			]),
			'km'
		);
		expect(claims.map((c) => c.label)).toEqual(['about 100,000 versts', 'at least 75,000 mi']);
	});

	it('converts the series, the claims and the estimate into the chosen unit', () => {
		const km = buildChartData(journey, 'km');
		const mi = buildChartData(journey, 'mi');
		expect(mi.claims[2]?.value).toBeCloseTo(200_000 / 1.609344, 6);
		expect(mi.series.at(-1)?.value).toBeCloseTo((km.series.at(-1)?.value ?? 0) / 1.609344, 6);
		expect(mi.estimate?.value).toBeCloseTo((km.estimate?.value ?? 0) / 1.609344, 6);
		expect(km.estimate?.tripCount).toBe(10);
	});

	it('dates the series at UTC midnight and spans it', () => {
		const { series, start, end } = buildChartData(journey, 'km');
		expect(series[0]?.date.toISOString()).toBe('1919-02-01T00:00:00.000Z');
		expect(start.toISOString()).toBe('1919-02-01T00:00:00.000Z');
		expect(end.toISOString()).toBe('1919-03-03T00:00:00.000Z');
	});

	it('leaves claims about single stretches off the chart', () => {
		const data = tinyGeodata();
		const [journey] = data.journeys;
		if (!journey) throw new Error('fixture changed');
		delete journey.meta.tripCount;
		const [view] = buildDistanceView(data).journeys;
		if (!view) throw new Error('no view');
		const chart = buildChartData(view, 'km');
		expect(chart.claims).toEqual([]);
		expect(chart.estimate).toBeUndefined();
	});
});

describe('a BC journey on the chart', () => {
	it('puts BC days on the time axis (not Invalid Date) and labels BC years', () => {
		const view = journeyWithClaims([]);
		const bc = {
			...view,
			start: '-0333-03-01',
			end: '-0330-10-20',
			cumulative: [
				{ date: '-0333-03-01', km: 0 },
				{ date: '-0332-11-05', km: 1500 }
			]
		};
		const data = buildChartData(bc, 'km');
		expect(data.series.map((p) => p.date.getUTCFullYear())).toEqual([-333, -332]);
		expect(data.series[1]?.date.getUTCMonth()).toBe(10);
		const format = eraTickFormat(data.start);
		expect(format?.(withYear(-332, 0))).toBe('333 BC');
		expect(format?.(withYear(-332, 5))).toBe('Jun');
		expect(eraTickFormat(new Date(Date.UTC(1918, 7, 8)))).toBeUndefined();
	});
});

function withYear(y: number, month: number): Date {
	const d = new Date(0);
	d.setUTCFullYear(y, month, 1);
	return d;
}
