// Selecting a leg through the explorer model: one selection at a time, its panel, the camera, the URL
// and Escape, in Node.
import { describe, expect, it } from 'vitest';
import type { Place } from '$lib/journey/schema';
import { TINY_PLACES, tinyJourney } from '$lib/journey/fixtures/tiny-geodata';
import { Explorer } from './explorer.svelte';
import { handleKey } from './keyboard';
import { applyUrl } from './url-sync.svelte';
import { formatUrlState } from './url-state';

const places: Record<string, Place> = Object.fromEntries(
	Object.keys(TINY_PLACES).map((id) => [id, { name: id } as Place])
);
const other = () => {
	const j = structuredClone(tinyJourney());
	j.meta = { ...j.meta, id: 'other' };
	return j;
};
const explorer = () => new Explorer({ journeys: [tinyJourney(), other()], places });
const urlOf = (e: Explorer) => (e.urlState ? formatUrlState(e.urlState) : '');
const legs = tinyJourney().legs;
const escape = (e: Explorer) =>
	handleKey(e, { key: 'Escape', target: null, preventDefault: () => {} });

describe('selecting a leg', () => {
	it('pauses, opens the leg panel, frames the leg and puts it in the URL, leaving the clock', () => {
		const e = explorer();
		e.playback.play();
		const tDay = e.playback.tDay;
		const leg = legs[2]!;
		e.legs.select(leg.id);
		expect(e.playback.playing).toBe(false);
		expect(e.playback.tDay).toBe(tDay);
		expect(e.legs.leg?.id).toBe(leg.id);
		expect(e.openPanel).toBe('leg');
		expect(e.sheet).toBe('half');
		// gamma (2, 0) to beta (1, 1).
		expect(e.camera).toEqual({
			kind: 'fit',
			bounds: [
				[1, 0],
				[2, 1]
			]
		});
		expect(new URLSearchParams(urlOf(e)).get('leg')).toBe(leg.id);
	});

	it('ignores a leg the journey does not have', () => {
		const e = explorer();
		e.legs.select('t09-nowhere-else');
		expect(e.legs.leg).toBeNull();
		expect(e.openPanel).toBe('itinerary');
		expect(e.camera).toBeNull();
	});

	it('is one selection with the stop: each clears the other', () => {
		const e = explorer();
		e.select(tinyJourney().stops[1]!.id);
		e.legs.select(legs[0]!.id);
		expect(e.selectedStopId).toBeNull();
		expect(urlOf(e)).not.toContain('stop=');
		e.select(tinyJourney().stops[2]!.id);
		expect(e.legs.leg).toBeNull();
		expect(e.openPanel).toBe('stop');
		expect(urlOf(e)).not.toContain('leg=');
	});

	it('closes on Escape, back to the itinerary', () => {
		const e = explorer();
		e.legs.select(legs[1]!.id);
		escape(e);
		expect(e.legs.leg).toBeNull();
		expect(e.openPanel).toBe('itinerary');
		expect(urlOf(e)).not.toContain('leg=');
	});

	it('selects a leg of the other journey shown by switching to it; switching away drops it', () => {
		const e = explorer();
		e.legs.select(legs[3]!.id, 'other');
		expect(e.journeyId).toBe('other');
		expect(e.legs.leg?.id).toBe(legs[3]!.id);
		e.switchJourney('tiny');
		expect(e.legs.leg).toBeNull();
		e.switchJourney('other');
		expect(e.legs.leg).toBeNull();
	});

	it('opens from a link, which wins over a stop in the same link', () => {
		const e = explorer();
		const stop = tinyJourney().stops[0]!.id;
		applyUrl(e, `?t=1919-02-01T12:00&stop=${stop}&leg=${legs[1]!.id}`, false);
		expect(e.legs.id).toBe(legs[1]!.id);
		expect(e.selectedStopId).toBeNull();
		expect(e.openPanel).toBe('leg');
	});
});
