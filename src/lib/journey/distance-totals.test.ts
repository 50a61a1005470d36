import { describe, expect, it } from 'vitest';
import { buildJourneyDistances } from './distance-totals';
import { haversineKm, KM_PER_DEGREE } from './fixtures/haversine';
import { tinyJourney } from './fixtures/tiny-geodata';

const DIAGONAL_KM = haversineKm([0, 0], [1, 1]);

describe('buildJourneyDistances (golden, against hand haversines)', () => {
	const d = buildJourneyDistances(tinyJourney());

	it('totals the journey along the legs and along the great circles', () => {
		expect(d.lengthKm).toBeCloseTo(3 * KM_PER_DEGREE + 2 * DIAGONAL_KM, 6);
		expect(d.greatCircleKm).toBeCloseTo(3 * KM_PER_DEGREE + 2 * DIAGONAL_KM, 6);
		expect(d.stopSequenceKm).toBeCloseTo(3 * KM_PER_DEGREE + 2 * DIAGONAL_KM, 6);
		expect(d.legs).toHaveLength(4);
	});

	it('totals each trip and its share; a trip without legs counts zero and is not placed', () => {
		expect(d.trips.map((t) => [t.number, t.label, t.legCount])).toEqual([
			[1, 'T1', 2],
			[2, 'T2', 2],
			[3, 'T3', 0]
		]);
		const [t1, t2, t3] = d.trips;
		expect(t1?.lengthKm).toBeCloseTo(3 * KM_PER_DEGREE, 6);
		expect(t2?.lengthKm).toBeCloseTo(2 * DIAGONAL_KM, 6);
		expect(t3?.lengthKm).toBe(0);
		expect(d.placedTripCount).toBe(2);
		expect(d.trips.reduce((s, t) => s + t.shareOfJourney, 0)).toBeCloseTo(1, 12);
		expect(t1?.shareOfJourney).toBeCloseTo((3 * KM_PER_DEGREE) / d.lengthKm, 12);
		expect(t1?.start).toBe('1919-02-01');
		expect(t1?.end).toBe('1919-02-04');
	});

	it('totals by mode and by grade, in a fixed order, leaving out empty groups', () => {
		expect(d.byMode.map((m) => [m.key, m.legCount])).toEqual([
			['rail', 3],
			['road', 1]
		]);
		expect(d.byMode[0]?.lengthKm).toBeCloseTo(2 * KM_PER_DEGREE + 2 * DIAGONAL_KM, 6);
		expect(d.byMode[1]?.lengthKm).toBeCloseTo(KM_PER_DEGREE, 6);
		expect(d.byGrade.map((g) => [g.key, g.legCount])).toEqual([
			['documented', 2],
			['probable', 1],
			['reconstructed', 1]
		]);
		expect(d.byGrade[2]?.lengthKm).toBeCloseTo(DIAGONAL_KM, 6);
		expect(d.trips[0]?.byMode.map((m) => m.key)).toEqual(['rail', 'road']);
	});

	it('handles a journey with no legs', () => {
		const empty = { ...tinyJourney(), legs: [] };
		const e = buildJourneyDistances(empty);
		expect(e.lengthKm).toBe(0);
		expect(e.placedTripCount).toBe(0);
		expect(e.trips.every((t) => t.shareOfJourney === 0)).toBe(true);
		expect(e.byMode).toEqual([]);
	});
});
