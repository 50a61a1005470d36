// The geodata build's journey rules (scripts/geodata/journeys/) on a tiny made-up world: dates from
// documented days, legs from consecutive stops with their defaults, and in-process rail routing.
import { describe, expect, it } from 'vitest';
import { tripDates } from '../../scripts/geodata/journeys/dates';
import { DEFAULT_RAIL_REASONING, planLegs } from '../../scripts/geodata/journeys/legs';
import { Problems } from '../../scripts/geodata/journeys/problems';
import { routeRailLegs } from '../../scripts/geodata/journeys/route';
import type { LegRow, StopRow } from '../../scripts/geodata/journeys/tables';
import { createRailRouter } from '../../src/lib/journey/routing';
import type { Grade, StopFeature } from '../../src/lib/journey/schema';
import { TINY_PLACES, tinyGeodata } from '../../src/lib/journey/fixtures/tiny-geodata';
import { tinyControl } from '../../src/lib/journey/fixtures/tiny-control';
import { otherSidePoints } from '../../src/lib/journey/control-distance';

const row = (place: string, extra: Partial<StopRow> = {}): StopRow => ({
	where: `stops.csv:${place}`,
	trip: 1,
	place,
	passThrough: false,
	grade: 'documented',
	summary: 's',
	sources: [`src-${place}`],
	...extra
});
const day = (date: string) => ({ date, precision: 'day' as const });

function stop(place: string, date: string, grade: Grade = 'documented'): StopFeature {
	const id = `${date}-${place}`;
	const coordinates = TINY_PLACES[place] ?? [0, 0];
	const properties = { id, place, trip: 1, arrive: day(date), depart: day(date), summary: 's' };
	return {
		type: 'Feature',
		id,
		geometry: { type: 'Point', coordinates },
		properties: { ...properties, grade, sources: [`src-${place}`] }
	};
}

describe('stop dates from the days documented', () => {
	const stops = [
		row('alpha', { depart: day('1919-01-02') }),
		row('beta', { present: { from: '1919-01-05', to: '1919-01-07' } }),
		row('gamma', { arrive: { date: '1919-01-10', precision: 'approx', latest: '1919-01-11' } })
	];

	it('arrives no earlier than the previous departure, leaves no later than the next arrival', () => {
		const [, beta] = tripDates(stops, true);
		expect(beta?.arrive).toMatchObject({ date: '1919-01-05', earliest: '1919-01-02' });
		expect(beta?.depart).toMatchObject({ date: '1919-01-07', latest: '1919-01-11' });
		expect(beta?.depart?.note).toMatch(/departure day is not recorded \(by 1919-01-11\)/);
	});

	it('leaves departures undated without the train convention', () => {
		expect(tripDates(stops, false)[1]?.depart).toBeUndefined();
	});
});

describe('legs between consecutive stops', () => {
	const { network, places } = tinyGeodata();
	const coordOf = new Map(places.map((p) => [p.id, p.geometry.coordinates as [number, number]]));
	const plan = (stops: StopFeature[], rows: LegRow[] = []) => {
		const problems = new Problems();
		const legs = planLegs(stops, rows, { coordOf, lanes: new Map(), notes: new Map(), problems });
		return { legs, problems: problems.messages };
	};

	it('makes a routed rail leg with the default grade, reasoning and sources when no row says more', () => {
		const { legs } = plan([
			stop('alpha', '1919-02-01'),
			stop('gamma', '1919-02-02', 'reconstructed')
		]);
		expect(legs[0]?.feature.properties).toMatchObject({
			id: 't01-alpha-gamma',
			mode: 'rail',
			shape: 'routed',
			grade: 'reconstructed',
			reasoning: DEFAULT_RAIL_REASONING,
			sources: ['src-alpha', 'src-gamma']
		});
	});

	it('takes the row with the same trip, from and to, and names a row that matches no move', () => {
		const rowFor = (from: string, to: string): LegRow => ({
			where: `legs.csv:${to}`,
			trip: 1,
			from,
			to,
			mode: 'road',
			via: [],
			sources: ['src-b']
		});
		const stops = [stop('alpha', '1919-02-01'), stop('gamma', '1919-02-02')];
		const { legs, problems } = plan(stops, [rowFor('alpha', 'gamma'), rowFor('gamma', 'delta')]);
		expect(legs[0]?.feature.properties).toMatchObject({ mode: 'road', shape: 'straight' });
		expect(problems).toEqual([
			'legs.csv:delta: trip 1 has no stop at delta right after one at gamma'
		]);
	});

	it('routes rail legs in-process and leaves an unroutable one straight, reported', () => {
		const stops = [
			stop('alpha', '1919-02-01'),
			stop('gamma', '1919-02-02'),
			stop('omega', '1919-02-03')
		];
		const { legs } = plan(stops);
		const ctx = {
			router: createRailRouter(network, places),
			sectionById: new Map(network.map((s) => [s.id, s])),
			coordOf,
			sourceIds: new Set(['src-a'])
		};
		const { unrouted, wentRound } = routeRailLegs(legs, ctx);
		const [routed, straight] = legs.map((l) => l.feature);
		expect(routed?.properties).toMatchObject({ shape: 'routed', network: ['S3'] });
		expect(routed?.geometry.coordinates).toEqual([
			[0, 0],
			[1, 0],
			[2, 0]
		]);
		expect(straight?.properties.shape).toBe('straight');
		expect(unrouted).toEqual([
			expect.stringMatching(/^t01-gamma-omega \(1919-02-02\): "omega" is not a station/)
		]);
		expect(wentRound).toEqual([]);
	});

	it('routes a rail leg round a place held by the other side on its day, and says so', () => {
		// On 15 Feb 1919 the bridge on the alpha–gamma cut-off is White (tiny-control.ts).
		const { legs } = plan([stop('alpha', '1919-02-15'), stop('gamma', '1919-02-16')]);
		const report = routeRailLegs(legs, {
			router: createRailRouter(network, places),
			sectionById: new Map(network.map((s) => [s.id, s])),
			coordOf,
			sourceIds: new Set(['src-a']),
			avoidOn: (date) => otherSidePoints(tinyControl(), date, 'red')
		});
		const leg = legs[0]!.feature;
		expect(leg.properties.network).toEqual(['S1', 'S2']);
		expect(leg.geometry.coordinates).toEqual([
			[0, 0],
			[1, 1],
			[2, 0]
		]);
		expect(report.wentRound).toEqual(['t01-alpha-gamma (1919-02-15): round bridge']);
		expect(leg.properties.notes).toContainEqual({
			kind: 'caution',
			text: expect.stringMatching(
				/^Routed round BRIDGE \(White\), held by the other side on 15 February 1919/
			),
			sources: ['src-a']
		});
	});
});
