/**
 * The arithmetic of the one playback clock, as pure functions tested with fake time deltas.
 * Continuous mode runs journey time at `rateDaysPerSecond`. Stop-by-stop mode runs the same way
 * between stops, holds each arrival for `dwellMs` of wall time, then skips the rest of the stay
 * (and any gap before the next trip) so every step is one movement and one stop.
 */

import { firstAfter } from '$lib/journey/partition-point';

export type PlaybackMode = 'continuous' | 'stops';

export interface ClockState {
	tDay: number;
	playing: boolean;
	/** Wall time left to hold at a stop (stop-by-stop mode), ms. */
	holdMs: number;
	/** Where to resume after the hold (day number). */
	resumeDay: number;
}

export interface ClockConfig {
	startDay: number;
	endDay: number;
	rateDaysPerSecond: number;
	mode: PlaybackMode;
	dwellMs: number;
	/** Arrival time of each stop, ascending. */
	arrivals: Float64Array;
	/** For each stop, the time to resume from after holding there. */
	resumes: Float64Array;
}

export function tick(state: ClockState, dtMs: number, cfg: ClockConfig): ClockState {
	if (!state.playing || dtMs <= 0) return state;
	if (state.holdMs > 0) {
		const holdMs = state.holdMs - dtMs;
		return holdMs > 0 ? { ...state, holdMs } : { ...state, holdMs: 0, tDay: state.resumeDay };
	}
	const next = state.tDay + (dtMs / 1000) * cfg.rateDaysPerSecond;
	if (cfg.mode === 'stops') {
		const k = firstAfter(cfg.arrivals, state.tDay);
		const arrival = cfg.arrivals[k];
		if (arrival !== undefined && arrival <= next && arrival <= cfg.endDay) {
			return { ...state, tDay: arrival, holdMs: cfg.dwellMs, resumeDay: cfg.resumes[k] ?? arrival };
		}
	}
	if (next >= cfg.endDay) return { ...state, tDay: cfg.endDay, playing: false };
	return { ...state, tDay: next };
}

/**
 * Resume points for stop-by-stop mode: after stop k, go on from its departure; when nothing leaves
 * it (the end of a trip), go straight to just before the next stop's arrival, skipping the idle gap.
 */
export function resumeTimes(
	stops: { tArrive: number; tDepart: number }[],
	hasLegAfter: (k: number) => boolean
): Float64Array {
	return Float64Array.from(stops, (s, k) => {
		const next = stops[k + 1];
		if (!next || hasLegAfter(k)) return s.tDepart;
		// A hair before the arrival, so the next tick finds that stop and holds there.
		return Math.max(s.tDepart, next.tArrive - 1e-6);
	});
}
