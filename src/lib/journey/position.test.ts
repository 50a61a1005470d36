import { describe, expect, it } from 'vitest';
import { distance } from '@turf/turf';
import { buildJourneyIndex, SEGMENT } from './journey-index';
import { eventTimes } from './event-times';
import { lastStopReached, positionAt, stopBeside } from './position';
import { dayNumber } from './days';
import type { Journey } from './types';
import type { HistoricalDate, LngLat } from './schema';

const day = (date: string): HistoricalDate => ({ date, precision: 'day' });

/** A small journey: A → B by rail (three vertices), B → C by road, a gap, then D (another trip). */
function fixture(overrides: { bArrive?: string | null } = {}): Journey {
	const A: LngLat = [30, 50];
	const mid: LngLat = [31, 50];
	const B: LngLat = [32, 50];
	const C: LngLat = [32, 51];
	const D: LngLat = [35, 52];
	const stop = (id: string, c: LngLat, trip: number, arrive?: string, depart?: string) => ({
		type: 'Feature' as const,
		id,
		geometry: { type: 'Point' as const, coordinates: c },
		properties: {
			id,
			place: id.slice(11),
			trip,
			...(arrive && { arrive: day(arrive) }),
			...(depart && { depart: day(depart) }),
			summary: id,
			grade: 'documented' as const,
			sources: ['s']
		}
	});
	const leg = (id: string, from: string, to: string, coords: LngLat[], trip: number) => ({
		type: 'Feature' as const,
		id,
		geometry: { type: 'LineString' as const, coordinates: coords },
		properties: {
			id,
			trip,
			from,
			to,
			mode: 'rail' as const,
			shape: 'straight' as const,
			grade: 'documented' as const,
			sources: ['s']
		}
	});
	const bArrive = overrides.bArrive === undefined ? '1918-08-10' : overrides.bArrive;
	return {
		meta: {} as Journey['meta'],
		stops: [
			stop('1918-08-08-a', A, 1, undefined, '1918-08-08'),
			stop('1918-08-10-b', B, 1, bArrive ?? undefined, bArrive ? '1918-08-20' : undefined),
			stop('1918-08-21-c', C, 1, '1918-08-21', '1918-08-25'),
			stop('1918-09-01-d', D, 2, '1918-09-01')
		],
		legs: [
			leg('ab', '1918-08-08-a', '1918-08-10-b', [A, mid, B], 1),
			leg('bc', '1918-08-10-b', '1918-08-21-c', [B, C], 1)
		]
	};
}

describe('buildJourneyIndex', () => {
	const index = buildJourneyIndex(fixture());
	// Along the leg's own vertices (the parallel), not the great circle from A to B.
	const kmAB = distance([30, 50], [31, 50]) + distance([31, 50], [32, 50]);

	it('lays out stays, legs and gaps as segments in time order', () => {
		// A(arr, dep) mid B(arr, dep) C(arr, dep) D(arr, dep)
		expect(Array.from(index.segmentKind)).toEqual([
			SEGMENT.stay,
			SEGMENT.moving,
			SEGMENT.moving,
			SEGMENT.stay,
			SEGMENT.moving,
			SEGMENT.stay,
			SEGMENT.gap,
			SEGMENT.stay,
			SEGMENT.stay
		]);
		for (let i = 1; i < index.t.length; i++)
			expect(index.t[i]).toBeGreaterThanOrEqual(index.t[i - 1]!);
	});

	it('measures distance along the legs and adds nothing across a gap', () => {
		const kmBC = distance([32, 50], [32, 51]);
		expect(index.legs.map((l) => l.lengthKm)).toEqual([
			expect.closeTo(distance([30, 50], [31, 50]) + distance([31, 50], [32, 50]), 6),
			expect.closeTo(kmBC, 6)
		]);
		expect(index.km[index.km.length - 1]).toBeCloseTo(kmAB + kmBC, 6);
	});

	it('spreads same-day events through the day and keeps dwell days', () => {
		const b = index.stops[1]!;
		expect(b.tArrive).toBeCloseTo(dayNumber('1918-08-10') + 0.5, 9);
		expect(b.tDepart).toBeCloseTo(dayNumber('1918-08-20') + 0.5, 9);
	});

	it('counts a leg at the length the build gives it, spread along its drawn line', () => {
		const j = fixture();
		const ab = j.legs[0]!;
		j.legs[0] = { ...ab, properties: { ...ab.properties, lengthKm: 300 } };
		const counted = buildJourneyIndex(j);
		expect(counted.legs[0]?.lengthKm).toBe(300);
		// The mid vertex lies half-way along the drawn line, so half the counted length.
		expect(counted.km[2]).toBeCloseTo(150, 6);
		expect(counted.km[counted.km.length - 1]).toBeCloseTo(300 + distance([32, 50], [32, 51]), 6);
		// The clock still moves along the drawn line: the times are those of the uncounted index.
		expect(Array.from(counted.t)).toEqual(Array.from(index.t));
	});

	it('interpolates an undated stop between its dated neighbours by distance', () => {
		const undated = buildJourneyIndex(fixture({ bArrive: null }));
		const a = undated.stops[0]!;
		const c = undated.stops[2]!;
		const b = undated.stops[1]!;
		expect(b.dated).toBe(false);
		const f = kmAB / (kmAB + distance([32, 50], [32, 51]));
		expect(b.tArrive).toBeCloseTo(a.tDepart + f * (c.tArrive - a.tDepart), 9);
	});
});

describe('positionAt', () => {
	const index = buildJourneyIndex(fixture());
	const a = index.stops[0]!;
	const b = index.stops[1]!;

	it('clamps before the start and after the end', () => {
		expect(positionAt(index, dayNumber('1900-01-01')).lngLat).toEqual([30, 50]);
		const end = positionAt(index, dayNumber('1950-01-01'));
		expect(end.lngLat).toEqual([35, 52]);
		expect(end.stopIndex).toBe(3);
	});

	it('is at the stop during a dwell', () => {
		const p = positionAt(index, dayNumber('1918-08-15'));
		expect(p).toMatchObject({ lngLat: [32, 50], stopIndex: 1, legIndex: -1 });
	});

	it('is at the stop at its exact arrival time', () => {
		expect(positionAt(index, b.tArrive)).toMatchObject({ lngLat: [32, 50], stopIndex: 1 });
	});

	it('moves along the leg at constant speed, through its interior vertex', () => {
		const half = (a.tDepart + b.tArrive) / 2;
		const p = positionAt(index, half);
		expect(p.legIndex).toBe(0);
		expect(p.lngLat[0]).toBeCloseTo(31, 2);
		expect(p.km).toBeCloseTo(distance([30, 50], [32, 50]) / 2, 1);
	});

	it('waits at the last stop of a trip across a gap, then jumps', () => {
		const p = positionAt(index, dayNumber('1918-08-28'));
		expect(p).toMatchObject({ lngLat: [32, 51], stopIndex: 2, legIndex: -1 });
		expect(positionAt(index, index.stops[3]!.tArrive).lngLat).toEqual([35, 52]);
	});
});

describe('lastStopReached', () => {
	const index = buildJourneyIndex(fixture());
	it.each([
		['1918-08-01', -1],
		['1918-08-09', 0],
		['1918-08-12', 1],
		['1918-08-30', 2],
		['1918-09-05', 3]
	])('on %s it is stop %i', (iso, expected) =>
		expect(lastStopReached(index, dayNumber(iso) + 0.9)).toBe(expected)
	);
});

describe('eventTimes', () => {
	it('keeps times ordered when an undated event sits inside one day', () => {
		const times = eventTimes([
			{ day: 10, km: 0 },
			{ day: 10, km: 0 },
			{ km: 1 },
			{ day: 10, km: 2 }
		]);
		expect(times).toEqual([10.2, 10.4, expect.closeTo(10.6, 9), 10.8]);
	});
});

describe('stopBeside', () => {
	const index = buildJourneyIndex(fixture());
	const b = index.stops[1]!;

	it('steps to the next and previous stop by arrival, past the one the clock stands on', () => {
		expect(stopBeside(index, b.tArrive, 1)).toBe(2);
		expect(stopBeside(index, b.tArrive, -1)).toBe(0);
		expect(stopBeside(index, (b.tArrive + b.tDepart) / 2, -1)).toBe(1);
	});

	it('is out of range beyond the ends', () => {
		expect(stopBeside(index, index.startDay - 1, -1)).toBe(-1);
		expect(stopBeside(index, index.endDay + 1, 1)).toBe(index.stops.length);
	});
});
