import { describe, expect, it } from 'vitest';
import { resumeTimes, tick, type ClockConfig, type ClockState } from './clock';

const stops = [
	{ tArrive: 0, tDepart: 1 },
	{ tArrive: 3, tDepart: 10 },
	{ tArrive: 12, tDepart: 12 },
	{ tArrive: 40, tDepart: 41 }
];
const arrivals = Float64Array.from(stops, (s) => s.tArrive);
// A leg leaves stops 0, 1 and 3's predecessor… but not stop 2 (the trip ends there).
const resumes = resumeTimes(stops, (k) => k !== 2);

const cfg = (over: Partial<ClockConfig> = {}): ClockConfig => ({
	startDay: 0,
	endDay: 41,
	rateDaysPerSecond: 2,
	mode: 'continuous',
	dwellMs: 1500,
	arrivals,
	resumes,
	...over
});
const at = (tDay: number, over: Partial<ClockState> = {}): ClockState => ({
	tDay,
	playing: true,
	holdMs: 0,
	resumeDay: 0,
	...over
});

describe('tick, continuous', () => {
	it('advances by wall time × rate', () => {
		expect(tick(at(5), 500, cfg()).tDay).toBe(6);
		expect(tick(at(5), 250, cfg({ rateDaysPerSecond: 30 })).tDay).toBe(12.5);
	});

	it('does nothing while paused or for a zero delta', () => {
		const paused = at(5, { playing: false });
		expect(tick(paused, 1000, cfg())).toBe(paused);
		expect(tick(at(5), 0, cfg()).tDay).toBe(5);
	});

	it('stops at the end', () => {
		expect(tick(at(40.5), 1000, cfg())).toMatchObject({ tDay: 41, playing: false });
	});
});

describe('tick, stop by stop', () => {
	it('holds at the next arrival instead of passing it', () => {
		const s = tick(at(2), 1000, cfg({ mode: 'stops' }));
		expect(s).toMatchObject({ tDay: 3, holdMs: 1500, resumeDay: 10 });
	});

	it('resumes from the departure after the hold', () => {
		const held = at(3, { holdMs: 1500, resumeDay: 10 });
		expect(tick(held, 1000, cfg({ mode: 'stops' }))).toMatchObject({ tDay: 3, holdMs: 500 });
		expect(tick(held, 1600, cfg({ mode: 'stops' }))).toMatchObject({ tDay: 10, holdMs: 0 });
	});

	it('skips the idle gap after the end of a trip', () => {
		expect(resumes[2]).toBeCloseTo(40, 5);
		expect(resumes[2]).toBeLessThan(40);
		const s = tick(at(resumes[2]!), 16, cfg({ mode: 'stops' }));
		expect(s).toMatchObject({ tDay: 40, holdMs: 1500 });
	});
});
