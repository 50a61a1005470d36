import { describe, expect, it } from 'vitest';
import { holderAt, otherReading, sideOf } from './control';
import { tinyControl } from './fixtures/tiny-control';
import { nearestOtherSide, otherSideOnRoute, routeOfPlaces } from './control-distance';
import { checkControl } from './cross-check-control';
import type { ControlFeature } from './schema';
import { controlChange, controlFeature } from './fixtures/features';
import type { GeodataIssue } from './types';

const change = controlChange;
const feature = controlFeature;

// A tiny front: A (red) faces B 0.2° east (white Aug–Sep 1918) and C 1° east (white throughout).
const control = [
	feature('a', [48, 55], [change('1918-08-01', 'red')]),
	feature(
		'b',
		[48.2, 55],
		[
			change('1918-08-01', 'red'),
			change('1918-08-07', 'white', {
				army: 'Komuch',
				since: { date: '1918-08-07', precision: 'day', earliest: '1918-08-06' }
			}),
			change('1918-09-10', 'red')
		]
	),
	feature('c', [49, 55], [change('1918-08-01', 'white')])
];
const places = control.map((f) => ({ id: f.id, geometry: f.geometry }));

describe('holderAt', () => {
	it.each([
		['b', '1918-08-01', 'red', false],
		['b', '1918-08-06', 'red', true],
		['b', '1918-08-07', 'white', false],
		['b', '1918-09-09', 'white', false],
		['b', '1918-09-10', 'red', false],
		['b', '1918-07-31', 'unknown', false],
		['b', '1922-01-01', 'unknown', false],
		['nowhere', '1919-01-01', 'unknown', false]
	] as const)('%s on %s is %s', (place, date, holder, uncertain) => {
		const h = holderAt(control, place, date);
		expect(h.holder).toBe(holder);
		expect(h.uncertain).toBe(uncertain);
		if (holder === 'unknown') expect(h.sources).toEqual([]);
		else expect(h.sources).toEqual(['src-a']);
	});

	it('carries the army, the since date and the grade', () => {
		const h = holderAt(control, 'b', '1918-08-20');
		expect(h).toMatchObject({ army: 'Komuch', grade: 'documented' });
		expect(h.since?.date).toBe('1918-08-07');
	});
});

describe('otherReading', () => {
	it('gives the next holder when the date lies in the window of a change still to come', () => {
		expect(otherReading(control, 'b', '1918-08-06')).toMatchObject({
			holder: 'white',
			army: 'Komuch',
			uncertain: true
		});
	});

	it('gives the holder before a change that may not yet have happened', () => {
		// delta turned Red c. 3 Feb 1919 (between 2 and 5 Feb): on 4 Feb it may still have been White.
		const other = otherReading(tinyControl(), 'delta', '1919-02-04');
		expect(other).toMatchObject({ holder: 'white', army: 'Komuch' });
		expect(holderAt(tinyControl(), 'delta', '1919-02-04').holder).toBe('red');
	});

	it('has nothing to add when the holder is not in doubt', () => {
		expect(otherReading(control, 'b', '1918-08-20')).toBeUndefined();
		expect(otherReading(control, 'nowhere', '1918-08-20')).toBeUndefined();
	});
});

describe('sides', () => {
	it.each([
		['red', 'red'],
		['white', 'anti-red'],
		['polish', 'anti-red'],
		['central-powers', 'anti-red'],
		['green', undefined],
		['unknown', undefined]
	] as const)('%s is on side %s', (holder, side) => expect(sideOf(holder)).toBe(side));
});

describe('nearestOtherSide', () => {
	it('finds the nearer white-held place while it is white, then the farther one', () => {
		const aug = nearestOtherSide(control, places, 'a', '1918-08-20');
		expect(aug?.place).toBe('b');
		expect(aug?.distanceKm).toBeGreaterThan(12);
		expect(aug?.distanceKm).toBeLessThan(14);
		expect(nearestOtherSide(control, places, 'a', '1918-09-20')?.place).toBe('c');
	});

	it('takes the viewpoint of the place holder unless a side is given', () => {
		expect(nearestOtherSide(control, places, 'c', '1918-09-20')?.holder).toBe('red');
		expect(nearestOtherSide(control, places, 'c', '1918-09-20', 'anti-red')?.place).toBe('b');
		expect(nearestOtherSide(control, places, 'nowhere', '1918-09-20')).toBeUndefined();
	});
});

describe('otherSideOnRoute', () => {
	const route = routeOfPlaces(places, ['a', 'c']);
	it('lists the other-side places along a route on the date, nearest first', () => {
		// c is the route's end (0 km); b lies a few hundred metres off the great-circle line.
		const aug = otherSideOnRoute(control, route, '1918-08-20', 'red');
		expect(aug.map((r) => r.place)).toEqual(['c', 'b']);
		expect(aug[0]!.distanceKm).toBeLessThan(0.01);
		expect(aug[1]!.distanceKm).toBeLessThan(1);
		expect(otherSideOnRoute(control, route, '1918-09-20', 'red').map((r) => r.place)).toEqual([
			'c'
		]);
		expect(otherSideOnRoute(control, [[48, 56]], '1918-08-20', 'red', 5)).toEqual([]);
	});
});

describe('checkControl', () => {
	const run = (features: ControlFeature[]) => {
		const issues: GeodataIssue[] = [];
		const known = new Set(['src-a']);
		checkControl(
			features,
			{
				cite: (file, f, path, ids) =>
					ids
						.filter((id) => !known.has(id))
						.forEach((id) => issues.push({ file, feature: f, path, message: `source ${id}` })),
				places: new Map(places.map((p) => [p.id, p]))
			},
			issues
		);
		return issues.map((i) => i.message);
	};
	it('accepts the tiny front', () => expect(run(control)).toEqual([]));
	it.each([
		['an unknown place', [feature('z', [1, 1], [change('1918-08-01', 'red')])], /not in/],
		[
			'an unknown source',
			[feature('a', [48, 55], [change('1918-08-01', 'red', { sources: ['x'] })])],
			/source x/
		],
		['a late start', [feature('a', [48, 55], [change('1918-09-01', 'red')])], /must start by/],
		[
			'dates out of order',
			[
				feature(
					'a',
					[48, 55],
					[change('1918-08-01', 'red'), change('1918-09-02', 'white'), change('1918-09-01', 'red')]
				)
			],
			/run forward/
		],
		[
			'a repeated holder',
			[feature('a', [48, 55], [change('1918-08-01', 'red'), change('1918-09-01', 'red')])],
			/repeats/
		],
		[
			'overlapping windows without a note',
			[
				feature(
					'a',
					[48, 55],
					[
						change('1918-08-01', 'red'),
						change('1918-09-01', 'white', {
							since: { date: '1918-09-01', precision: 'day', latest: '1918-09-05' }
						}),
						change('1918-09-03', 'red')
					]
				)
			],
			/overlaps/
		],
		[
			'moved coordinates',
			[feature('a', [48.5, 55], [change('1918-08-01', 'red')])],
			/coordinates differ/
		]
	])('reports %s', (_name, features, message) => {
		expect(run(features).some((m) => message.test(m))).toBe(true);
	});
	it('accepts overlapping windows that carry a disagreement note', () => {
		const note = {
			kind: 'disagreement' as const,
			text: 'A says 1 Sep, B 5 Sep',
			sources: ['src-a']
		};
		const f = feature(
			'a',
			[48, 55],
			[
				change('1918-08-01', 'red'),
				change('1918-09-01', 'white', {
					since: { date: '1918-09-01', precision: 'day', latest: '1918-09-05' },
					notes: [note]
				}),
				change('1918-09-03', 'red')
			]
		);
		expect(run([f])).toEqual([]);
	});
});
