import { describe, expect, it } from 'vitest';
import { captionAt, tripRange, videoPlan } from './video-plan';
import { buildJourneyIndex } from '$lib/journey/journey-index';
import { tinyGeodata } from '$lib/journey/fixtures/tiny-geodata';

describe('video plan', () => {
	it('steps the clock evenly from the first day to the last, then holds the end card', () => {
		const plan = videoPlan({
			startDay: 100,
			endDay: 130,
			daysPerSecond: 7,
			fps: 30,
			endCardSeconds: 3
		});
		expect(plan.dayAt(0)).toBe(100);
		expect(plan.dayAt(plan.mapFrames - 1)).toBeCloseTo(130, 9);
		expect(plan.mapFrames).toBe(Math.round((30 / 7) * 30) + 1);
		expect(plan.endCardFrames).toBe(90);
		expect(plan.durationSeconds).toBeCloseTo((plan.mapFrames + 90) / 30, 9);
		const steps = Array.from(
			{ length: plan.mapFrames - 1 },
			(_, i) => plan.dayAt(i + 1) - plan.dayAt(i)
		);
		expect(Math.max(...steps) - Math.min(...steps)).toBeLessThan(1e-9);
	});
});

describe('captions', () => {
	const data = tinyGeodata();
	const journey = data.journeys[0]!;
	const index = buildJourneyIndex(journey);
	const places = Object.fromEntries(data.places.map((p) => [p.id, p.properties]));

	it('names the place at a stop and the two ends of a leg while moving, with the grade', () => {
		const first = index.stops[0]!;
		const atStop = captionAt(journey, index, first.tArrive, places);
		expect(atStop.where).toBe(places[journey.stops[0]!.properties.place]!.name);
		expect(atStop.grade).toBe(journey.stops[0]!.properties.grade);
		const leg = index.legs[0]!;
		const from = index.stops[leg.fromStop]!;
		const to = index.stops[leg.toStop]!;
		const mid = captionAt(journey, index, (from.tDepart + to.tArrive) / 2, places);
		expect(mid.where).toMatch(/^between .+ and .+ (by|on) /);
		expect(mid.date).toMatch(/^\d{1,2} [A-Z][a-z]+ \d{4}$/);
	});

	it('the default range is the trip the clock is in', () => {
		const range = tripRange(index, index.stops[1]!.tArrive);
		const trip = index.stops.filter((s) => s.trip === index.stops[1]!.trip);
		expect(range.startDay).toBe(Math.min(trip[0]!.tArrive, trip[0]!.tDepart));
		expect(range.endDay).toBeGreaterThanOrEqual(trip.at(-1)!.tArrive);
	});
});
