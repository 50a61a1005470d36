import { describe, expect, it } from 'vitest';
import { firstAfter, lastAtOrBefore, partitionPoint, stepStart } from './partition-point';

const arrivals = Float64Array.from([0, 3, 12, 40]);

describe('partitionPoint', () => {
	it('finds where a prefix predicate turns false', () => {
		const values = [1, 3, 3, 7];
		expect(partitionPoint(values.length, (i) => values[i]! <= 3)).toBe(3);
		expect(partitionPoint(values.length, (i) => values[i]! < 3)).toBe(1);
		expect(partitionPoint(0, () => true)).toBe(0);
		expect(partitionPoint(4, () => true)).toBe(4);
	});

	it('agrees with a linear scan on random sorted input', () => {
		for (let n = 0; n < 40; n++) {
			const values = Array.from({ length: n }, (_, i) => Math.floor((i * 7) % 11) + i).sort(
				(a, b) => a - b
			);
			for (let t = -1; t < 60; t += 0.5) {
				const linear = values.findIndex((v) => v > t);
				expect(firstAfter(values, t)).toBe(linear === -1 ? n : linear);
			}
		}
	});
});

describe('searches over arrival times', () => {
	it.each([
		[-1, 0],
		[0, 1],
		[2.9, 1],
		[3, 2],
		[50, 4]
	])('firstAfter(%d) = %i', (t, i) => expect(firstAfter(arrivals, t)).toBe(i));

	it.each([
		[-1, -1],
		[0, 0],
		[3, 1],
		[11.9, 1],
		[50, 3]
	])('lastAtOrBefore(%d) = %i', (t, i) => expect(lastAtOrBefore(arrivals, t)).toBe(i));
});

describe('stepStart', () => {
	const changes = [10, 20, 35];
	it.each([
		[0, 9],
		[9.99, 9],
		[10, 10],
		[19.5, 10],
		[20, 20],
		[99, 35]
	])('at %s the step began on %s', (t, start) => {
		expect(stepStart(changes, t)).toBe(start);
	});

	it('gives two times the same start exactly when no change lies between them', () => {
		for (let a = 0; a < 40; a += 0.5) {
			for (let b = a; b < 40; b += 0.5) {
				const between = changes.some((c) => c > a && c <= b);
				expect(stepStart(changes, a) === stepStart(changes, b)).toBe(!between);
			}
		}
	});
});
