import { describe, expect, it } from 'vitest';
import { pickLeg } from './pick-leg';
import { buildJourneyIndex } from '$lib/journey/journey-index';
import { tinyJourney } from '$lib/journey/fixtures/tiny-geodata';

const index = buildJourneyIndex(tinyJourney());
const legs = tinyJourney().legs.map((l) => ({ journey: 'tiny', id: l.id }));

describe('which leg a click on the route means', () => {
	it('takes the only leg under the pointer, and nothing from nothing', () => {
		expect(pickLeg([legs[1]!], index, -1)).toEqual(legs[1]);
		expect(pickLeg([], index, -1)).toBeUndefined();
	});

	it('prefers the chosen journey’s leg to another journey’s drawn on the same line', () => {
		const other = { journey: 'later', id: legs[0]!.id };
		expect(pickLeg([other, legs[3]!], index, -1)).toEqual(legs[3]);
		expect(pickLeg([other], index, -1)).toEqual(other);
	});

	it('of legs that overlap (out and back), takes the one nearest the clock', () => {
		// Leg 0 (alpha → gamma) and leg 2 (gamma → beta) both leave gamma.
		const both = [legs[0]!, legs[2]!];
		expect(pickLeg(both, index, -1)).toEqual(legs[0]);
		// The clock at stop 3 (gamma, trip 2): leg 2 is under way next.
		expect(pickLeg(both, index, 3)).toEqual(legs[2]);
		// After the last stop, the latest leg.
		expect(pickLeg(both, index, 5)).toEqual(legs[2]);
	});
});
