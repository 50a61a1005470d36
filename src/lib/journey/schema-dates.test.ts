// Dates before year 1 in the schemas and the cross-checks: astronomical years (year 0 is 1 BC), and
// every order taken in time, not as text (`-0333` sorts before `-0334` as text but comes after it).
import { describe, expect, it } from 'vitest';
import { crossCheckGeodata } from './cross-checks';
import { onDay, placeFeature, stopFeature } from './fixtures/features';
import {
	claimCoverageSchema,
	historicalDateSchema,
	isoDate,
	journeyMetaSchema,
	stopFeatureSchema,
	type JourneyMeta
} from './schema';

const messages = (r: { success: boolean; error?: { issues: { message: string }[] } }) =>
	r.error?.issues.map((i) => i.message) ?? [];

describe('isoDate with signed years', () => {
	it.each(['-0335-07-20', '-0001-12-31', '0000-02-29', '-0004-02-29', '-9999-01-01', '1918-09-17'])(
		'accepts %s',
		(iso) => expect(isoDate.safeParse(iso).success).toBe(true)
	);

	it.each([
		['-0001-02-29', 'not a real calendar date'], // 2 BC was not a leap year
		['-0335-13-01', 'not a real calendar date'],
		['-0000-01-01', 'not a real calendar date'], // year 0 has no sign
		['-335-07-20', 'write dates as YYYY-MM-DD'],
		['+1918-09-17', 'write dates as YYYY-MM-DD'],
		['336 BC', 'write dates as YYYY-MM-DD']
	])('refuses %s', (iso, why) => {
		const r = isoDate.safeParse(iso);
		expect(r.success).toBe(false);
		expect(messages(r).join()).toContain(why);
	});
});

describe('a BC window', () => {
	const window = (earliest: string, latest: string) =>
		messages(
			historicalDateSchema.safeParse({ date: '-0333-11-05', precision: 'approx', earliest, latest })
		);

	it('holds earliest ≤ date ≤ latest in time across BC years', () => {
		// As text, '-0334-12-01' > '-0333-11-05', yet 335 BC comes before 334 BC.
		expect(window('-0334-12-01', '-0332-01-15')).toEqual([]);
	});

	it('refuses a window that runs backwards in BC years', () => {
		expect(window('-0332-01-01', '-0334-01-01')).toEqual([
			'earliest must not be after date',
			'latest must not be before date'
		]);
	});

	it('orders claim coverage in time', () => {
		expect(
			claimCoverageSchema.safeParse({ scope: 'journey', from: '-0334-05-01', to: '-0323-06-10' })
				.success
		).toBe(true);
		expect(
			claimCoverageSchema.safeParse({ scope: 'journey', from: '-0323-06-10', to: '-0334-05-01' })
				.success
		).toBe(false);
	});
});

describe('a BC stop', () => {
	const stop = (id: string, arrive: string, depart: string) =>
		stopFeature(id, [36.16, 36.84], {
			place: 'issus',
			trip: 1,
			arrive: onDay(arrive),
			depart: onDay(depart)
		});

	it('takes a signed stop id and BC dates', () => {
		const r = stopFeatureSchema.safeParse(stop('-0332-11-05-issus', '-0332-11-05', '-0332-11-06'));
		expect(messages(r)).toEqual([]);
	});

	it('compares depart and arrive in time, within BC and across year 0', () => {
		// Arrive in 335 BC, leave in 334 BC: right, though '-0333' < '-0334' as text.
		expect(
			stopFeatureSchema.safeParse(stop('-0334-12-30-issus', '-0334-12-30', '-0333-01-02')).success
		).toBe(true);
		// Arrive in 1 BC (year 0), leave in AD 1.
		expect(
			stopFeatureSchema.safeParse(stop('0000-12-30-issus', '0000-12-30', '0001-01-02')).success
		).toBe(true);
		// Leaving in 2 BC after arriving in 1 BC is backwards.
		const back = stopFeatureSchema.safeParse(stop('0000-01-02-issus', '0000-01-02', '-0001-12-30'));
		expect(messages(back)).toEqual(['depart is before arrive']);
		const backBc = stopFeatureSchema.safeParse(
			stop('-0333-01-02-issus', '-0333-01-02', '-0334-12-30')
		);
		expect(messages(backBc)).toEqual(['depart is before arrive']);
	});
});

describe('cross-checks of a BC journey', () => {
	const meta = (start: string, end: string): JourneyMeta =>
		journeyMetaSchema.parse({
			id: 'alexander',
			title: 'Alexander',
			summary: 's',
			period: { start: onDay(start), end: onDay(end) },
			region: { bbox: [20, 30, 50, 42] },
			trips: [
				{
					number: 1,
					label: '1',
					title: 't',
					start: onDay(start),
					end: onDay(end),
					grade: 'documented',
					sources: ['src-a']
				}
			],
			claims: []
		});
	const geodata = (dates: [string, string]) => ({
		sources: [
			{ id: 'src-a', author: '', title: 't', year: null, language: 'en', kind: 'book' as const }
		],
		places: [placeFeature('pella', [22.52, 40.76]), placeFeature('gordium', [31.99, 39.65])],
		network: [],
		journeys: [
			{
				meta: meta(...dates),
				stops: [
					stopFeature(`${dates[0]}-pella`, [22.52, 40.76], {
						place: 'pella',
						trip: 1,
						arrive: onDay(dates[0])
					}),
					stopFeature(`${dates[1]}-gordium`, [31.99, 39.65], {
						place: 'gordium',
						trip: 1,
						arrive: onDay(dates[1])
					})
				],
				legs: []
			}
		]
	});

	it('finds BC stops in order (spring 334 BC, then 333 BC)', () => {
		expect(crossCheckGeodata(geodata(['-0333-03-01', '-0332-03-01']))).toEqual([]);
	});

	it('finds BC dates that run backwards', () => {
		const issues = crossCheckGeodata(geodata(['-0332-03-01', '-0333-03-01']));
		expect(issues.map((i) => i.message)).toEqual([
			expect.stringMatching(/^dates run backwards: -0333-03-01 comes after -0332-03-01/)
		]);
	});
});
