// The explorer model in Node: actions keep selection, clock, camera and URL consistent.
import { describe, expect, it } from 'vitest';
import type { Journey } from '$lib/journey/types';
import type { Place } from '$lib/journey/schema';
import { dayNumber } from '$lib/journey/days';
import { TINY_PLACES, tinyJourney } from '$lib/journey/fixtures/tiny-geodata';
import { Explorer } from './explorer.svelte';
import { applyUrl } from './url-sync.svelte';
import { formatUrlState, parseUrlState } from './url-state';

/** The tiny journey again, ten years later, as a second journey with its own time range. */
function laterJourney(): Journey {
	const j = structuredClone(tinyJourney());
	const later = (d: string) => `${Number(d.slice(0, 4)) + 10}${d.slice(4)}`;
	j.meta = {
		...j.meta,
		id: 'later',
		period: {
			start: { date: '1929-02-01', precision: 'day' },
			end: { date: '1929-12-31', precision: 'day' }
		}
	};
	j.meta.trips = j.meta.trips.map((t) => ({
		...t,
		start: { ...t.start, date: later(t.start.date) },
		end: { ...t.end, date: later(t.end.date) }
	}));
	for (const s of j.stops) {
		const { arrive, depart } = s.properties;
		if (arrive) arrive.date = later(arrive.date);
		if (depart) depart.date = later(depart.date);
	}
	return j;
}

const places: Record<string, Place> = Object.fromEntries(
	Object.keys(TINY_PLACES).map((id) => [id, { name: id } as Place])
);
const explorer = () => new Explorer({ journeys: [tinyJourney(), laterJourney()], places });
const urlOf = (e: Explorer) => (e.urlState ? formatUrlState(e.urlState) : null);
const stopIds = tinyJourney().stops.map((s) => s.id);

describe('the explorer model', () => {
	it('opens on the first journey at its start, with nothing selected', () => {
		const e = explorer();
		expect(e.journeyId).toBe('tiny');
		expect(e.playback.startDay).toBe(e.index.startDay);
		expect(e.selectedStopId).toBeNull();
		expect(e.camera).toBeNull();
	});

	it('select: pauses, goes to the arrival, opens the stop panel, flies there, and puts it in the URL', () => {
		const e = explorer();
		e.playback.play();
		const id = stopIds[1]!;
		e.select(id);
		expect(e.playback.playing).toBe(false);
		expect(e.playback.tDay).toBe(e.index.stops[1]!.tArrive);
		expect(e.selectedStopId).toBe(id);
		expect(e.openPanel).toBe('stop');
		expect(e.camera).toEqual({ kind: 'fly', to: e.index.stops[1]!.lngLat, minZoom: 5 });
		const url = parseUrlState(urlOf(e)!, { journeys: ['tiny', 'later'], speeds: [7] });
		expect(url.stop).toBe(id);
		expect(url.tDay).toBeCloseTo(e.index.stops[1]!.tArrive, 3);
	});

	it('a seek past the selected stop moves the selection to the stop reached, in the panel and the URL', () => {
		const e = explorer();
		e.select(stopIds[0]!);
		e.seek(dayNumber('1919-03-01') + 0.9);
		expect(e.reached).toBe(3);
		expect(e.selectedStopId).toBe(stopIds[3]);
		expect(e.selectedStop?.id).toBe(stopIds[3]);
		expect(urlOf(e)).toContain(`stop=${stopIds[3]}`);
	});

	it('a seek back to the start moves the selection to the first stop', () => {
		const e = explorer();
		e.select(stopIds[2]!);
		e.seek(e.playback.startDay - 10);
		expect(e.playback.tDay).toBe(e.playback.startDay);
		expect(e.selectedStopId).toBe(stopIds[0]);
		expect(urlOf(e)).toContain(`stop=${stopIds[0]}`);
	});

	it('clearing the selection closes the stop panel and takes the stop out of the URL', () => {
		const e = explorer();
		e.select(stopIds[2]!);
		e.clearSelection();
		expect(e.selectedStopId).toBeNull();
		expect(e.openPanel).toBe('itinerary');
		expect(urlOf(e)).not.toContain('stop=');
	});

	it('a seek within the selected stop keeps it', () => {
		const e = explorer();
		e.select(stopIds[2]!);
		e.seek(e.index.stops[2]!.tArrive + 0.01);
		expect(e.selectedStopId).toBe(stopIds[2]);
	});

	it('switching journey retimes the clock (and so the timeline) and fits the new journey', () => {
		const e = explorer();
		e.select(stopIds[1]!);
		e.switchJourney('later');
		expect(e.journeyId).toBe('later');
		expect(e.selectedStopId).toBeNull();
		expect(e.playback.startDay).toBe(e.index.startDay);
		expect(e.playback.endDay).toBe(e.index.endDay);
		expect(e.playback.startDay).toBeGreaterThan(dayNumber('1929-01-01'));
		expect(e.playback.tDay).toBe(e.playback.startDay);
		// Every trip mark of the new journey lies inside the clock's span.
		for (const trip of e.journey.meta.trips.slice(0, 2)) {
			expect(dayNumber(trip.start.date)).toBeGreaterThanOrEqual(Math.floor(e.playback.startDay));
			expect(dayNumber(trip.end.date)).toBeLessThanOrEqual(e.playback.endDay);
		}
		expect(e.camera?.kind).toBe('fit');
		expect(urlOf(e)).toContain('journey=later');
	});

	it('fit frames every journey shown', () => {
		const e = explorer();
		e.fit();
		const one = e.camera;
		e.showBoth = true;
		e.fit();
		expect(e.camera).not.toBe(one);
		expect(e.camera).toMatchObject({ kind: 'fit' });
		expect(e.shownJourneys.map((j) => j.meta.id)).toEqual(['tiny', 'later']);
	});

	it('a link that draws both journeys opens framing both, unless it names a stop', () => {
		const e = explorer();
		applyUrl(e, '?both=1', true);
		const both = explorer();
		both.showBoth = true;
		both.fit();
		expect(e.camera).toEqual(both.camera);

		const withStop = explorer();
		applyUrl(withStop, `?both=1&stop=${stopIds[1]}`, true);
		expect(withStop.camera).toMatchObject({ kind: 'fly' });
	});

	it('steps between stops from the clock', () => {
		const e = explorer();
		e.step(1);
		expect(e.selectedStopId).toBe(stopIds[1]);
		e.step(1);
		expect(e.selectedStopId).toBe(stopIds[2]);
		e.step(-1);
		expect(e.selectedStopId).toBe(stopIds[1]);
	});

	it('writes no URL while playing', () => {
		const e = explorer();
		e.playback.play();
		expect(e.urlState).toBeNull();
		e.playback.pause();
		expect(urlOf(e)).toMatch(/^t=1919-02-01T/);
	});

	it('applies a link once: journey, time, stop', () => {
		const e = explorer();
		const stop = e.data.journeys[1]!.stops[4]!.id;
		applyUrl(e, `?journey=later&t=1929-03-02T12:00&stop=${stop}&unit=mi`, true);
		expect(e.journeyId).toBe('later');
		expect(e.selectedStopId).toBe(stop);
		expect(e.unit).toBe('mi');
		expect(e.playback.tDay).toBe(dayNumber('1929-03-02') + 0.5);
		expect(e.playback.playing).toBe(false);
	});
});
