import { describe, expect, it } from 'vitest';
import { journeyHeadline, tripsInWords, type Headline } from './headline';
import { buildJourneyIndex } from './journey-index';
import { tinyJourney } from './fixtures/tiny-geodata';
import { KM_PER_DEGREE, haversineKm } from './fixtures/haversine';

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
