/**
 * The shareable state in the URL: journey, date, speed, selected stop or leg, follow mode, playback
 * mode, journeys shown, the distance unit and the optional map layers on.
 * Parsing never throws: anything malformed falls back to the default, so a mangled link opens the
 * app at its start instead of an error page.
 */
import { dayNumber, isoFromDayNumber } from '$lib/journey/days';
import { parseDistanceUnit, type DistanceUnit } from '$lib/journey/distance-units';
import { MAP_LAYERS, type MapLayerId } from './map-layer-ids';

export interface UrlState {
	journey?: string;
	/** Day number with a fraction (hours). */
	tDay?: number;
	speed?: number;
	stop?: string;
	leg?: string;
	follow?: boolean;
	mode?: 'continuous' | 'stops';
	both?: boolean;
	unit?: DistanceUnit;
	/** Optional map layers on (`layers=network,front`). */
	layers?: MapLayerId[];
}

export { MAP_LAYERS, type MapLayerId } from './map-layer-ids';

// Years as ISO 8601 writes them, signed before year 0: `t=-0333-11-05T06:00` is 5 November 334 BC.
const DATE_TIME = /^(-?\d{4})-(\d{2})-(\d{2})(?:T(\d{2})(?::(\d{2}))?)?$/;
const SLUG = /^[A-Za-z0-9_-]{1,100}$/;

export function parseUrlState(
	search: string,
	allowed: { journeys: string[]; speeds: readonly number[] }
): UrlState {
	const params = new URLSearchParams(search);
	const state: UrlState = {};
	const journey = params.get('journey');
	if (journey && allowed.journeys.includes(journey)) state.journey = journey;
	const t = parseTime(params.get('t'));
	if (t !== undefined) state.tDay = t;
	const speed = Number(params.get('speed'));
	if (allowed.speeds.includes(speed)) state.speed = speed;
	const stop = params.get('stop');
	if (stop && SLUG.test(stop)) state.stop = stop;
	const leg = params.get('leg');
	if (leg && SLUG.test(leg)) state.leg = leg;
	const follow = params.get('follow');
	if (follow === '0' || follow === '1') state.follow = follow === '1';
	const mode = params.get('mode');
	if (mode === 'stops' || mode === 'continuous') state.mode = mode;
	const both = params.get('both');
	if (both === '0' || both === '1') state.both = both === '1';
	const unit = parseDistanceUnit(params.get('unit'));
	if (unit) state.unit = unit;
	const layers = params.get('layers')?.split(',');
	if (layers) state.layers = MAP_LAYERS.filter((l) => layers.includes(l));
	return state;
}

function parseTime(value: string | null): number | undefined {
	const m = value ? DATE_TIME.exec(value) : null;
	if (!m) return undefined;
	const [, y, mo, d, h = '0', mi = '0'] = m;
	const iso = `${y}-${mo}-${d}`;
	const day = dayNumber(iso);
	// Reject 1918-02-30 and the like: the day number must round-trip to the same date.
	if (isoFromDayNumber(day) !== iso) return undefined;
	const hours = Number(h);
	const minutes = Number(mi);
	if (hours > 23 || minutes > 59) return undefined;
	return day + (hours * 60 + minutes) / 1440;
}

/** `t` to the minute: 1918-09-17T06:30. */
export function formatUrlTime(tDay: number): string {
	const minutes = Math.round((tDay - Math.floor(tDay)) * 1440);
	const day = Math.floor(tDay) + Math.floor(minutes / 1440);
	const m = minutes % 1440;
	const hh = String(Math.floor(m / 60)).padStart(2, '0');
	const mm = String(m % 60).padStart(2, '0');
	return `${isoFromDayNumber(day)}T${hh}:${mm}`;
}

export function formatUrlState(state: UrlState): string {
	const params = new URLSearchParams();
	if (state.journey) params.set('journey', state.journey);
	if (state.tDay !== undefined) params.set('t', formatUrlTime(state.tDay));
	if (state.speed !== undefined) params.set('speed', String(state.speed));
	if (state.stop) params.set('stop', state.stop);
	if (state.leg) params.set('leg', state.leg);
	if (state.follow === false) params.set('follow', '0');
	if (state.mode === 'stops') params.set('mode', 'stops');
	if (state.both) params.set('both', '1');
	// Written only when the reader chose it: the default follows the journey's headline claim.
	if (state.unit) params.set('unit', state.unit);
	if (state.layers?.length) params.set('layers', state.layers.join(','));
	return params.toString();
}
