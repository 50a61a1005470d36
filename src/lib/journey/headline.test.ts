import { describe, expect, it } from 'vitest';
import { journeyHeadline, tripsInWords, type Headline } from './headline';
import { buildJourneyIndex } from './journey-index';
import { tinyJourney } from './fixtures/tiny-geodata';
import { KM_PER_DEGREE, haversineKm } from './fixtures/haversine';
import type { Claim, ClaimCoverage } from './schema';
import { onDay } from './fixtures/features';

/** A claim of the tiny journey (1 Feb – 31 Dec 1919); `copies` makes it repeat that claim. */
const claim = (id: string, km: number, coverage?: ClaimCoverage, copies?: string): Claim => ({
	id,
	value: km,
	unit: 'km',
	qualifier: 'about',
	wording: `about ${km} km`,
	language: 'en',
	covers: 'as stated',
	...(coverage && { coverage }),
	...(copies && { derivesFrom: { claim: copies, how: 'repeats', reasoning: 'the same words' } }),
	sources: ['src-a']
});
const WHOLE: ClaimCoverage = { scope: 'journey' };
/** Trip 1 (1–4 Feb 1919) only: trip 2 is in March. */
const FEBRUARY: ClaimCoverage = { scope: 'journey', from: '1919-01-01', to: '1919-02-28' };

function headlineWith(claims: Claim[]) {
	const journey = tinyJourney();
	journey.meta.claims = claims;
	return journeyHeadline(journey, buildJourneyIndex(journey));
}

describe('journeyHeadline', () => {
	it('counts trips, the length along the legs and the share of the first claim', () => {
		const journey = tinyJourney();
		const h = journeyHeadline(journey, buildJourneyIndex(journey));
		const totalKm = 3 * KM_PER_DEGREE + 2 * haversineKm([0, 0], [1, 1]);
		expect(h.attestedTrips).toBe(10);
		expect(h.placedTrips).toBe(3);
		expect(h.unplacedTrips).toBe(7);
		expect(h.totalKm).toBeCloseTo(totalKm, 6);
		expect(h.claim?.id).toBe('claim-1000-mi');
		expect(h.claim?.valueKm).toBeCloseTo(1609.344, 6);
		expect(h.claim?.share).toBeCloseTo(totalKm / 1609.344, 9);
	});

	it('never takes a claim for a stretch as the journey’s total', () => {
		const journey = tinyJourney();
		journey.meta.claims = journey.meta.claims.map((c) => ({ ...c, value: 10 }));
		expect(journeyHeadline(journey, buildJourneyIndex(journey)).claim).toBeUndefined();
	});

	it('has no claim or attested count when the journey gives none', () => {
		const journey = tinyJourney(false);
		journey.meta.claims = [];
		const h = journeyHeadline(journey, buildJourneyIndex(journey));
		expect(h.claim).toBeUndefined();
		expect(h.attestedTrips).toBeUndefined();
	});
});

describe('the headline claim, chosen by what it covers', () => {
	it('takes the first independent claim whose coverage is the whole journey', () => {
		const h = headlineWith([
			claim('february', 9000, FEBRUARY),
			claim('stretch', 8000, { scope: 'part' }),
			claim('copy', 6000, WHOLE, 'whole'),
			claim('whole', 6000, WHOLE),
			claim('later', 5000, WHOLE)
		]);
		expect(h.claim?.id).toBe('whole');
		expect(h.claim?.share).toBeCloseTo(h.totalKm / 6000, 9);
		expect(h.claim?.coversOnly).toBeUndefined();
	});

	it('counts a claim from the journey’s first day as covering it all', () => {
		const fromStart: ClaimCoverage = { scope: 'journey', from: '1919-02-01' };
		const h = headlineWith([
			claim('february', 9000, FEBRUARY),
			claim('from-start', 7000, fromStart)
		]);
		expect(h.claim?.id).toBe('from-start');
		expect(h.claim?.coversOnly).toBeUndefined();
	});

	it('falls back to a claim for part of the period, says which part and measures only its trips', () => {
		const h = headlineWith([
			claim('stretch', 9000, { scope: 'part' }),
			claim('feb', 900, FEBRUARY)
		]);
		expect(h.claim?.id).toBe('feb');
		expect(h.claim?.coversOnly).toEqual({ from: '1919-01-01', to: '1919-02-28' });
		expect(h.claim?.share).toBeCloseTo((3 * KM_PER_DEGREE) / 900, 6);
	});

	it('compares dates in time, BC years included', () => {
		const journey = tinyJourney();
		journey.meta.period = { start: onDay('-0333-03-01'), end: onDay('-0330-06-30') };
		journey.meta.claims = [
			claim('march', 900, { scope: 'journey', from: '-0334-01-01', to: '-0329-12-31' })
		];
		const h = journeyHeadline(journey, buildJourneyIndex(journey));
		expect(h.claim?.id).toBe('march');
		expect(h.claim?.coversOnly).toBeUndefined();
	});

	it('never takes a claim marked as a stretch', () => {
		expect(headlineWith([claim('stretch', 9000, { scope: 'part' })]).claim).toBeUndefined();
	});
});

describe('tripsInWords', () => {
	const h = (over: Partial<Headline>): Headline => ({
		placedTrips: 21,
		windows: 13,
		totalKm: 0,
		...over
	});
	it.each([
		[
			{ attestedTrips: 36, unplacedTrips: 15 },
			'21 of 36 trips placed; the other 15 fall in 13 windows with no dated place (some hold more than one)'
		],
		[
			{ attestedTrips: 34, unplacedTrips: 13 },
			'21 of 34 trips placed; the other 13 fall in 13 windows with no dated place'
		],
		[{ attestedTrips: 21, unplacedTrips: 0 }, '21 of 21 trips placed'],
		[
			{ attestedTrips: 25, unplacedTrips: 4, windows: 0 },
			'21 of 25 trips placed; 4 not yet placed'
		],
		[
			{ attestedTrips: 30, unplacedTrips: 9 },
			'21 of 30 trips placed; the other 9 fall in 13 windows with no dated place (not every window need hold one)'
		],
		[{}, '21 trips placed']
	])('%j → %s', (over, text) => expect(tripsInWords(h(over))).toBe(text));
});
