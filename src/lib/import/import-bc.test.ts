// A file with BC dates becomes a journey: signed stop ids, stops in time order (not text order), the
// Old Style reading kept, and the summary in readers' words.
import { describe, expect, it } from 'vitest';
import { dayNumber } from '$lib/journey/days';
import { ALEXANDER_CSV } from './fixtures/bc-journey';
import { parseImport } from './import-file';

const taken = { journeyIds: ['train', 'exile'], places: {}, sources: {} };

describe('importing BC dates', () => {
	const result = parseImport({ name: 'alexander.csv', text: ALEXANDER_CSV }, taken);

	it('imports every stop, in time order', () => {
		expect(result.ok && result.skipped).toEqual([]);
		if (!result.ok) return;
		const stops = result.bundle.stops.map((s) => s.properties);
		const names = new Map(result.bundle.places.map((p) => [p.id, p.properties.name]));
		expect(stops.map((s) => names.get(s.place))).toEqual([
			'Pella',
			'Gordium',
			'Issus',
			'Tyre',
			'Gaugamela',
			'Babylon'
		]);
		const days = stops.map((s) => dayNumber(s.arrive?.date ?? ''));
		expect(days).toEqual([...days].sort((a, b) => a - b));
		expect(stops[2]?.id).toBe('-0332-10-31-alexander_3');
		expect(result.bundle.meta.period.start.date).toBe('-0333-01-01');
		expect(result.bundle.meta.summary).toBe(
			'Your journey, imported from "alexander.csv": 6 stops from 334 BC to October 331 BC.'
		);
	});

	it('converts the Old Style day and keeps the reading', () => {
		if (!result.ok) throw new Error('not imported');
		expect(result.bundle.stops[4]?.properties.arrive).toEqual({
			date: '-0330-09-26',
			precision: 'day',
			note: 'Given as 1 October 331 BC O.S. in the file (Julian calendar, Old Style); shown in the Gregorian calendar.'
		});
		expect(result.reading?.dateForms).toContain('day month year BC (Old Style)');
	});
});
