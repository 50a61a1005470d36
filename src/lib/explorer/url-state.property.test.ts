// Property-based tests of the URL-state parser: any query string, however mangled, gives a state
// whose every field is one the app can use, and what the app writes it reads back unchanged.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DISTANCE_UNITS } from '$lib/journey/distance-units';
import { formatUrlState, parseUrlState, type UrlState } from './url-state';

const allowed = { journeys: ['train', 'exile'], speeds: [1, 3, 7, 14, 30] };
const KEYS = [
	'journey',
	't',
	'speed',
	'stop',
	'leg',
	'follow',
	'mode',
	'both',
	'unit',
	'import',
	'',
	'%'
];

const value = fc.oneof(
	fc.string(),
	fc.string({ unit: 'binary' }),
	fc.constantFrom(
		'train',
		'exile',
		'1918-09-17',
		'1918-09-17T06:30',
		't15-moscow-yekaterinburg',
		'1918-02-30',
		'-0333-11-05',
		'-0333-11-05T06:30',
		'-0000-01-01',
		'0000-02-29',
		'0',
		'1',
		'km',
		'versts',
		'stops',
		'NaN',
		'1e3',
		'%zz',
		'<img src=x>'
	),
	fc.double().map(String)
);
const search = fc.oneof(
	fc.string(),
	fc
		.array(fc.tuple(fc.constantFrom(...KEYS), value), { maxLength: 8 })
		.map((pairs) =>
			pairs.map(([k, v]) => `${k}=${Math.random() < 0.5 ? encodeURIComponent(v) : v}`).join('&')
		)
);

function assertUsable(state: UrlState): void {
	if (state.journey !== undefined) expect(allowed.journeys).toContain(state.journey);
	if (state.tDay !== undefined) expect(Number.isFinite(state.tDay)).toBe(true);
	if (state.speed !== undefined) expect(allowed.speeds).toContain(state.speed);
	for (const id of [state.stop, state.leg]) {
		if (id !== undefined) expect(id).toMatch(/^[A-Za-z0-9_-]{1,100}$/);
	}
	if (state.mode !== undefined) expect(['continuous', 'stops']).toContain(state.mode);
	if (state.unit !== undefined) expect(DISTANCE_UNITS).toContain(state.unit);
	for (const flag of [state.follow, state.both]) {
		if (flag !== undefined) expect(typeof flag).toBe('boolean');
	}
}

describe('parseUrlState on random input', () => {
	it('never throws and keeps only usable values', () => {
		fc.assert(
			fc.property(search, (s) => {
				const state = parseUrlState(s, allowed);
				assertUsable(state);
				// Parsing with a leading "?" is the same.
				expect(parseUrlState(`?${s.replace(/^\?/, '')}`, allowed)).toEqual(
					parseUrlState(s.replace(/^\?/, ''), allowed)
				);
			}),
			{ numRuns: 3000 }
		);
	}, 60_000);

	it('reads back what it writes', () => {
		fc.assert(
			fc.property(search, (s) => {
				const state = parseUrlState(s, allowed);
				const again = parseUrlState(formatUrlState(state), allowed);
				// `t` is written to the minute; the rest round-trips, less the defaults, which are not written.
				const { tDay, ...rest } = again;
				const { tDay: t0, ...rest0 } = state;
				expect(rest).toEqual(withoutDefaults(rest0));
				if (t0 !== undefined) expect(Math.abs((tDay ?? Number.NaN) - t0)).toBeLessThan(1 / 1440);
			}),
			{ numRuns: 3000 }
		);
	}, 60_000);
});

/** What `formatUrlState` leaves out because it is the default. */
function withoutDefaults(state: Omit<UrlState, 'tDay'>): Omit<UrlState, 'tDay'> {
	const copy = { ...state };
	if (copy.follow === true) delete copy.follow;
	if (copy.both === false) delete copy.both;
	if (copy.mode === 'continuous') delete copy.mode;
	return copy;
}
