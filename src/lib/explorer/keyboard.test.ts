import { describe, expect, it } from 'vitest';
import { tinyJourney } from '$lib/journey/fixtures/tiny-geodata';
import { Explorer } from './explorer.svelte';
import { handleKey } from './keyboard';

const key = (k: string, target: { closest?: (s: string) => unknown } | null = null) => {
	let prevented = false;
	return {
		event: {
			key: k,
			target: target as EventTarget | null,
			preventDefault: () => (prevented = true)
		},
		prevented: () => prevented
	};
};

describe('the page keyboard', () => {
	it('Space plays and pauses; arrows step between stops', () => {
		const e = new Explorer({ journeys: [tinyJourney()], places: {} });
		const space = key(' ');
		handleKey(e, space.event);
		expect(e.playback.playing).toBe(true);
		expect(space.prevented()).toBe(true);
		handleKey(e, key(' ').event);
		expect(e.playback.playing).toBe(false);
		handleKey(e, key('ArrowRight').event);
		expect(e.selectedStopId).toBe(e.journey.stops[1]!.id);
		handleKey(e, key('ArrowLeft').event);
		expect(e.selectedStopId).toBe(e.journey.stops[0]!.id);
	});

	it('Escape closes Distances first, then the selected stop', () => {
		const e = new Explorer({ journeys: [tinyJourney()], places: {} });
		e.select(e.journey.stops[2]!.id);
		e.distancesOpen = true;
		handleKey(e, key('Escape').event);
		expect(e.distancesOpen).toBe(false);
		expect(e.selectedStopId).not.toBeNull();
		handleKey(e, key('Escape').event);
		expect(e.selectedStopId).toBeNull();
	});

	it('leaves keys to the control that has focus', () => {
		const e = new Explorer({ journeys: [tinyJourney()], places: {} });
		const slider = { closest: (s: string) => (s.includes('input') ? {} : null) };
		const arrow = key('ArrowRight', slider);
		handleKey(e, arrow.event);
		expect(e.selectedStopId).toBeNull();
		expect(arrow.prevented()).toBe(false);
	});
});
