import { describe, expect, it } from 'vitest';
import { focusRow, rowWindow, sliceGroups } from './window';

describe('rowWindow', () => {
	it('shows every row of a journey the list can hold', () => {
		expect(rowWindow(300, 120)).toEqual({ from: 0, to: 300, partial: false });
		expect(rowWindow(2000, 1999)).toEqual({ from: 0, to: 2000, partial: false });
	});

	it('shows a window from the page of the focus, which moves only between pages', () => {
		expect(rowWindow(150_000, 0)).toEqual({ from: 0, to: 2000, partial: true });
		expect(rowWindow(150_000, 999)).toEqual({ from: 0, to: 2000, partial: true });
		expect(rowWindow(150_000, 1000)).toEqual({ from: 1000, to: 3000, partial: true });
		expect(rowWindow(150_000, 74_321)).toEqual({ from: 74_000, to: 76_000, partial: true });
	});

	it('keeps a full window at the end of the list', () => {
		expect(rowWindow(150_000, 149_999)).toEqual({ from: 148_000, to: 150_000, partial: true });
		expect(rowWindow(2500, 2400)).toEqual({ from: 500, to: 2500, partial: true });
	});
});

describe('focusRow', () => {
	const rows = [0, 2, 3, 7, 9];
	it('finds the selected stop when it is listed', () => {
		expect(focusRow(rows, 7, 0)).toBe(3);
	});
	it('else the last row at or before the stop the clock has reached', () => {
		expect(focusRow(rows, undefined, 5)).toBe(2);
		expect(focusRow(rows, undefined, 100)).toBe(4);
		expect(focusRow(rows, undefined, 0)).toBe(0);
	});
});

describe('sliceGroups', () => {
	const groups = [
		{ trip: 1, stops: [0, 1, 2] },
		{ trip: 2, stops: [3, 4] },
		{ trip: 3, stops: [5, 6, 7, 8] }
	];
	const rows = (gs: { stops: readonly number[] }[]) => gs.flatMap((g) => g.stops);

	it('cuts the groups to the rows of the window, across group boundaries', () => {
		const sliced = sliceGroups(groups, { from: 2, to: 6 });
		expect(sliced.map((g) => g.trip)).toEqual([1, 2, 3]);
		expect(rows(sliced)).toEqual([2, 3, 4, 5]);
	});

	it('leaves out the groups with no row in the window, and keeps whole groups as they are', () => {
		const sliced = sliceGroups(groups, { from: 3, to: 5 });
		expect(sliced).toEqual([groups[1]]);
		expect(sliced[0]).toBe(groups[1]);
	});

	it('gives every row once over consecutive windows', () => {
		const seen = [0, 4, 8].flatMap((from) => rows(sliceGroups(groups, { from, to: from + 4 })));
		expect(seen).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8]);
	});
});
