import { describe, expect, it } from 'vitest';
import { frontDistanceSeries } from './front-distance-series';
import { percentile } from './reconcile';
import { haversineKm } from './fixtures/haversine';
import { TINY_OUTPOST, tinyControl } from './fixtures/tiny-control';
import { TINY_PLACES, tinyGeodata, tinyJourney } from './fixtures/tiny-geodata';

const { places } = tinyGeodata();
const at = (id: string) => TINY_PLACES[id]!;

describe('frontDistanceSeries', () => {
	const series = frontDistanceSeries(tinyJourney(), places, tinyControl());

	it('measures each stop on its day to the nearest place held by the other side', () => {
		// alpha on 1 Feb and gamma on 2 Feb face White delta; delta on 4 Feb is Red (since 3 Feb),
		// so it and the March stops face the White outpost. beta has no record and still counts.
		// (The control fixture names its places in capitals.)
		const expected = [
			['alpha', '1919-02-01', 'DELTA', haversineKm(at('alpha'), at('delta'))],
			['gamma', '1919-02-02', 'DELTA', haversineKm(at('gamma'), at('delta'))],
			['delta', '1919-02-04', 'OUTPOST', haversineKm(at('delta'), TINY_OUTPOST)],
			['gamma', '1919-03-01', 'OUTPOST', haversineKm(at('gamma'), TINY_OUTPOST)],
			['beta', '1919-03-02', 'OUTPOST', haversineKm(at('beta'), TINY_OUTPOST)],
			['alpha', '1919-03-03', 'OUTPOST', haversineKm(at('alpha'), TINY_OUTPOST)]
		] as const;
		expect(series?.points.map((p) => [p.name, p.date, p.nearest?.name])).toEqual(
			expected.map(([name, date, near]) => [name, date, near])
		);
		series?.points.forEach((p, i) => expect(p.nearest?.distanceKm).toBeCloseTo(expected[i]![3], 3));
		expect(series?.points.map((p) => p.nearest?.holder)).toEqual(Array(6).fill('white'));
		expect(series?.points.map((p) => p.trip)).toEqual([1, 1, 1, 2, 2, 2]);
	});

	it('computes the median over the measured stops', () => {
		const km = series!.points.map((p) => p.nearest!.distanceKm).sort((a, b) => a - b);
		expect(series?.medianKm).toBeCloseTo(percentile(km, 50), 9);
		// Six stops: the mean of the third and fourth nearest.
		expect(series?.medianKm).toBeCloseTo((km[2]! + km[3]!) / 2, 9);
		expect(series).toMatchObject({ side: 'red', measuredCount: 6, outsideCount: 0 });
	});

	it('leaves out stops outside the period and has no series for a journey wholly outside it', () => {
		const late = tinyJourney();
		late.stops.forEach((s, i) => {
			if (i < 3) return;
			s.properties.arrive = { date: '1928-02-01', precision: 'day' };
			delete s.properties.depart;
		});
		expect(frontDistanceSeries(late, places, tinyControl())).toMatchObject({
			measuredCount: 3,
			outsideCount: 3
		});
		for (const s of late.stops) s.properties.arrive = { date: '1930-01-01', precision: 'day' };
		expect(frontDistanceSeries(late, places, tinyControl())).toBeUndefined();
		expect(frontDistanceSeries(tinyJourney(), places, [])).toBeUndefined();
	});

	it('keeps a stop with no other-side place that day, unmeasured, out of the median', () => {
		const allRed = tinyControl().filter((f) => f.id !== 'outpost' && f.id !== 'delta');
		const none = frontDistanceSeries(tinyJourney(), places, allRed);
		expect(none?.points).toHaveLength(6);
		expect(none?.points.every((p) => p.nearest === undefined)).toBe(true);
		expect(none?.measuredCount).toBe(0);
		expect(none?.medianKm).toBeUndefined();
	});
});
