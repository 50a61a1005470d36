import { describe, expect, it } from 'vitest';
import { journeyPlausibility, legDaysAllowed, MAX_DETOUR, unexplained } from './plausibility';
import { tinyJourney } from './fixtures/tiny-geodata';
import { stopFeature } from './fixtures/features';

const KM_PER_DEGREE = 111.19508; // Turf's haversine on 6371.0088 km, by hand: 2πR / 360.

describe('legDaysAllowed', () => {
	const stop = (arrive: string, extra: { earliest?: string; latest?: string } = {}) =>
		stopFeature(`${arrive}-x`, [0, 0], {
			place: 'x',
			trip: 1,
			arrive: { date: arrive, precision: 'day', ...extra },
			depart: { date: arrive, precision: 'day', ...extra }
		});

	it('gives a same-day or overnight leg one day and counts whole days between', () => {
		expect(legDaysAllowed(stop('1919-02-01'), stop('1919-02-01'))).toBe(1);
		expect(legDaysAllowed(stop('1919-02-01'), stop('1919-02-02'))).toBe(1);
		expect(legDaysAllowed(stop('1919-02-01'), stop('1919-02-11'))).toBe(10);
	});

	it('allows the widest span an approximate date permits', () => {
		const from = stop('1919-02-05', { earliest: '1919-02-03' });
		const to = stop('1919-02-06', { latest: '1919-02-09' });
		expect(legDaysAllowed(from, to)).toBe(6);
	});

	it('takes a date known to the month as the whole month', () => {
		const november = { date: '1933-11-01', precision: 'month' as const };
		const from = stopFeature('a', [0, 0], { place: 'a', trip: 1, depart: november });
		const to = stopFeature('b', [0, 0], { place: 'b', trip: 1, arrive: november });
		expect(legDaysAllowed(from, to)).toBe(29);
		const december = { date: '1932-12-01', precision: 'month' as const };
		const toDecember = stopFeature('c', [0, 0], { place: 'c', trip: 1, arrive: december });
		// 1 Dec 1932 to 31 Dec 1932, across the year's last month.
		expect(
			legDaysAllowed(
				stopFeature('d', [0, 0], { place: 'd', trip: 1, depart: december }),
				toDecember
			)
		).toBe(30);
	});

	it('takes a BC month as the whole month (February 334 BC had 28 days, 333 BC 29; December 1 BC ends year 0)', () => {
		const month = (date: string) => ({ date, precision: 'month' as const });
		const span = (date: string) =>
			legDaysAllowed(
				stopFeature('e', [0, 0], { place: 'e', trip: 1, depart: month(date) }),
				stopFeature('f', [0, 0], { place: 'f', trip: 1, arrive: month(date) })
			);
		expect(span('-0333-02-01')).toBe(27);
		expect(span('-0332-02-01')).toBe(28);
		expect(span('0000-12-01')).toBe(30);
	});

	it('is undefined when an end is undated', () => {
		const undated = stopFeature('x', [0, 0], { place: 'x', trip: 1 });
		expect(legDaysAllowed(undated, stop('1919-02-01'))).toBeUndefined();
	});
});

describe('journeyPlausibility', () => {
	it('passes the tiny journey: every leg slow enough and near its great circle', () => {
		const legs = journeyPlausibility(tinyJourney());
		expect(legs.map((l) => l.id)).toHaveLength(4);
		expect(legs.flatMap(unexplained)).toEqual([]);
		// alpha → gamma: 2° along the equator in one day.
		expect(legs[0]?.kmPerDay).toBeCloseTo(2 * KM_PER_DEGREE, 3);
		expect(legs[0]?.detour).toBeCloseTo(1, 9);
	});

	it('rejects a leg too fast for its mode unless it explains the speed', () => {
		const journey = tinyJourney();
		const road = journey.legs[1]!;
		road.properties.mode = 'foot'; // 1° (111 km) on foot in two days (2 → 4 Feb)
		const [p] = journeyPlausibility(journey).filter((l) => l.tooFast);
		expect(p?.id).toBe(road.id);
		expect(unexplained(p!)).toEqual([
			`${road.id}: 111 km by foot in 2 day(s) = 56 km/day (limit 50)`
		]);
		road.properties.explains = ['speed'];
		road.properties.reasoning = 'a forced march';
		expect(journeyPlausibility(journey).flatMap(unexplained)).toEqual([]);
	});

	it(`rejects a detour over ${MAX_DETOUR}× the great circle unless it explains it`, () => {
		const journey = tinyJourney();
		const rail = journey.legs[0]!;
		// alpha → up to 5°N → gamma: about 5.1 times the 2° between the ends.
		rail.geometry.coordinates = [
			[0, 0],
			[1, 5],
			[2, 0]
		];
		const p = journeyPlausibility(journey)[0]!;
		expect(p.tooRound).toBe(true);
		expect(p.detour).toBeGreaterThan(5);
		expect(unexplained(p)).toHaveLength(2); // 567 km in a day is too fast for rail as well
		rail.properties.explains = ['detour', 'speed'];
		expect(unexplained(journeyPlausibility(journey)[0]!)).toEqual([]);
	});
});
