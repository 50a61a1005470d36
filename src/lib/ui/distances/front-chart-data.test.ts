import { describe, expect, it } from 'vitest';
import { buildFrontChartData } from './front-chart-data';
import { buildDistanceView } from '$lib/journey/distance-view';
import { tinyGeodata } from '$lib/journey/fixtures/tiny-geodata';
import { tinyControl } from '$lib/journey/fixtures/tiny-control';
import { kmToUnit } from '$lib/journey/distance-units';
import { formatDistance } from '$lib/format/distance-format';

const data = { ...tinyGeodata(), control: tinyControl() };
const front = buildDistanceView(data).journeys[0]!.front!;

describe('buildFrontChartData', () => {
	it('draws one point per measured stop in the unit, with the median as computed', () => {
		const chart = buildFrontChartData(front, 'mi');
		expect(chart.points).toHaveLength(6);
		expect(chart.points.map((p) => p.value)).toEqual(
			front.points.map((p) => kmToUnit(p.nearest!.distanceKm, 'mi'))
		);
		expect(chart.median).toBeCloseTo(kmToUnit(front.medianKm!, 'mi'), 9);
		expect(chart.start.toISOString()).toBe('1919-02-01T00:00:00.000Z');
		expect(chart.end.toISOString()).toBe('1919-03-03T00:00:00.000Z');
		expect(chart.points[1]!.label).toBe(
			`gamma, 2 February 1919: ${formatDistance(front.points[1]!.nearest!.distanceKm, 'mi')} from White-held DELTA`
		);
	});

	it('states the median and the nearest stop in words', () => {
		const chart = buildFrontChartData(front, 'km');
		expect(chart.summary).toBe(
			`Median distance to the nearest place held by the other side: ${formatDistance(front.medianKm!, 'km')}, over the 6 stops from 1 February 1919 to 3 March 1919; half the stops lay nearer, half farther.`
		);
		// gamma on 2 Feb and delta on 4 Feb are both 1° from the other side; the first is named.
		expect(chart.closest).toMatch(
			/^Nearest: gamma on 2 February 1919, 111 km from White-held DELTA\.$/
		);
	});

	it('says so when no stop has the other side recorded, and counts the stops left out', () => {
		const quiet = {
			...front,
			points: front.points.map((p) => {
				const q = { ...p };
				delete q.nearest;
				return q;
			})
		};
		delete quiet.medianKm;
		const chart = buildFrontChartData(quiet, 'km');
		expect(chart.points).toEqual([]);
		expect(chart.summary).toMatch(/^No stop of this journey/);
		expect(chart.closest).toBeUndefined();
		const some = { ...front, points: [...front.points.slice(0, 5), quiet.points[5]!] };
		expect(buildFrontChartData(some, 'km').summary).toMatch(
			/over the 5 stops.* One stop with no such place recorded on its day is left out\.$/
		);
	});
});
