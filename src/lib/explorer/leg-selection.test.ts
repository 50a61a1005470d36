// Selecting a leg through the explorer model: one selection at a time, its panel, the camera, the URL
// and Escape, in Node.
import { describe, expect, it } from 'vitest';
import type { Place } from '$lib/journey/schema';
import { TINY_PLACES, tinyJourney } from '$lib/journey/fixtures/tiny-geodata';
import { Explorer } from './explorer.svelte';
import { lineBounds, selectLeg, selectLegIn } from './select-leg';
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
		selectLeg(e, leg.id);
		expect(e.playback.playing).toBe(false);
		expect(e.playback.tDay).toBe(tDay);
		expect(e.legs?.leg?.id).toBe(leg.id);
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
		selectLeg(e, 't09-nowhere-else');
		expect(e.legs).toBeNull();
		expect(e.openPanel).toBe('itinerary');
		expect(e.camera).toBeNull();
	});

	it('is one selection with the stop: each clears the other', () => {
		const e = explorer();
		e.select(tinyJourney().stops[1]!.id);
		selectLeg(e, legs[0]!.id);
		expect(e.selectedStopId).toBeNull();
		expect(urlOf(e)).not.toContain('stop=');
		e.select(tinyJourney().stops[2]!.id);
		expect(e.legs).toBeNull();
		expect(e.openPanel).toBe('stop');
		expect(urlOf(e)).not.toContain('leg=');
	});

	it('closes on Escape, back to the itinerary', () => {
		const e = explorer();
		selectLeg(e, legs[1]!.id);
		escape(e);
		expect(e.legs).toBeNull();
		expect(e.openPanel).toBe('itinerary');
		expect(urlOf(e)).not.toContain('leg=');
	});

	it('selects a leg of the other journey shown by switching to it; switching away drops it', () => {
		const e = explorer();
		selectLeg(e, legs[3]!.id, 'other');
		expect(e.journeyId).toBe('other');
		expect(e.legs?.leg?.id).toBe(legs[3]!.id);
		e.switchJourney('tiny');
		expect(e.legs).toBeNull();
		e.switchJourney('other');
		expect(e.legs).toBeNull();
	});

	it('from a click on overlapping legs, selects one of the chosen journey; none under it, nothing', () => {
		const e = explorer();
		selectLegIn(e, [
			{ journey: 'other', id: legs[0]!.id },
			{ journey: 'tiny', id: legs[1]!.id }
		]);
		expect(e.journeyId).toBe('tiny');
		expect(e.legs?.id).toBe(legs[1]!.id);
		e.clearSelection();
		selectLegIn(e, []);
		expect(e.legs).toBeNull();
	});

	it('opens from a link, which wins over a stop in the same link', () => {
		const e = explorer();
		const stop = tinyJourney().stops[0]!.id;
		applyUrl(e, `?t=1919-02-01T12:00&stop=${stop}&leg=${legs[1]!.id}`, false);
		expect(e.legs?.id).toBe(legs[1]!.id);
		expect(e.selectedStopId).toBeNull();
		expect(e.openPanel).toBe('leg');
	});

	it('frames a line whichever way it runs, above the part of the map a sheet hides', () => {
		expect(
			lineBounds([
				[49.1, 55.8],
				[37.6, 55.7],
				[44, 56.3]
			])
		).toEqual([
			[37.6, 55.7],
			[49.1, 56.3]
		]);
		const mercY = (lat: number) => Math.log(Math.tan(Math.PI / 4 + (lat * Math.PI) / 360));
		// Half of a square map hidden, a tall line: the box reaches as far again south (on the map,
		// in Mercator), so the line fills the top half.
		const [[, south], [, north]] = lineBounds(
			[
				[0, 50],
				[1, 52]
			],
			0.5
		);
		expect(north).toBeCloseTo(52, 9);
		expect(mercY(52) - mercY(south)).toBeCloseTo(2 * (mercY(52) - mercY(50)), 9);
		// A long line on a phone (width / height 0.5), 55% hidden: the line's width sets the zoom, the
		// box is as tall as the map at that zoom, and the line sits in the middle of the part left.
		const [[w, s], [e, n]] = lineBounds(
			[
				[30, 55],
				[60, 56]
			],
			0.55,
			0.5
		);
		const widthY = ((e - w) * Math.PI) / 180;
		expect(mercY(n) - mercY(s)).toBeCloseTo(widthY / 0.5, 9);
		const visibleMid = mercY(n) - ((mercY(n) - mercY(s)) * 0.45) / 2;
		expect((mercY(55) + mercY(56)) / 2).toBeCloseTo(visibleMid, 9);
	});
});
