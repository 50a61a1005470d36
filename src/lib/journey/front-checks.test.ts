import { describe, expect, it } from 'vitest';
import { legsThroughOtherSide } from './front-checks';
import { tinyJourney } from './fixtures/tiny-geodata';
import type { ControlChange, ControlFeature, Holder, LngLat } from './schema';

const change = (date: string, holder: Holder): ControlChange => ({
	since: { date, precision: date === '1918-08-01' ? 'before' : 'day' },
	holder,
	grade: 'probable',
	sources: ['src-a']
});
const town = (id: string, at: LngLat, changes: ControlChange[]): ControlFeature => ({
	type: 'Feature',
	id,
	geometry: { type: 'Point', coordinates: at },
	properties: { id, name: id, changes }
});

// Trip 1 runs alpha [0,0] → gamma [2,0] by rail on 1919-02-01 and gamma → delta [3,0] by road on
// 1919-02-02; trip 2 runs gamma → beta [1,1] → alpha in March 1919.
describe('legsThroughOtherSide', () => {
	it.each([
		['a White town on the line that day', [0.5, 0.01], '1919-01-15', ['t01-alpha-gamma']],
		['a White town on the road leg', [2.5, 0], '1919-01-15', ['t01-gamma-delta']],
		['a town turned White only after the legs', [0.5, 0.01], '1919-04-01', []],
		['a White town 50 km off every line', [0.5, -0.45], '1919-01-15', []]
	] as const)('%s', (_name, at, whiteFrom, legs) => {
		const control = [town('x', [...at], [change('1918-08-01', 'red'), change(whiteFrom, 'white')])];
		const passes = legsThroughOtherSide(tinyJourney(), control);
		expect(passes.map((p) => p.leg)).toEqual(legs);
		for (const p of passes) {
			expect(p.places[0]?.place).toBe('x');
			expect(p.places[0]!.distanceKm).toBeLessThan(5);
		}
	});

	it('sees the front from the other side too', () => {
		const control = [town('x', [1, 0.5], [change('1918-08-01', 'red')])];
		const passes = legsThroughOtherSide(tinyJourney(), control, 'anti-red', 80);
		expect(passes.map((p) => p.leg).sort()).toEqual(
			['t01-alpha-gamma', 't02-beta-alpha', 't02-gamma-beta'].sort()
		);
	});
});
