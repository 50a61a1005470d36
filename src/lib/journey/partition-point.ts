/**
 * The one binary search: every "which stop / vertex / arrival is at time t" lookup is a partition
 * point over an ascending sequence.
 */

/**
 * The first index in [0, length) at which `isBefore` turns false, given that it is true for a prefix
 * and false after it; `length` when it never turns false. O(log length).
 * @example partitionPoint(4, (i) => [1, 3, 3, 7][i]! <= 3) // → 3 (the first value after 3)
 */
export function partitionPoint(length: number, isBefore: (i: number) => boolean): number {
	let lo = 0;
	let hi = length;
	while (lo < hi) {
		const mid = (lo + hi) >> 1;
		if (isBefore(mid)) lo = mid + 1;
		else hi = mid;
	}
	return lo;
}

/** Index of the first value strictly greater than t (values ascending); length if none. */
export function firstAfter(values: ArrayLike<number>, t: number): number {
	return partitionPoint(values.length, (i) => (values[i] ?? Infinity) <= t);
}

/** Index of the last value at or before t; -1 if none. */
export function lastAtOrBefore(values: ArrayLike<number>, t: number): number {
	return firstAfter(values, t) - 1;
}

/**
 * For a value that changes only on some days (a line opens, a town changes hands): where the step
 * holding `t` begins, the last change day at or before `t` (one day before the first change when `t`
 * precedes them all). Two times with the same step start see the same value, so a map layer keyed on
 * it updates only when the clock crosses a change, never per frame.
 * @example stepStart([10, 20], 15.5) // → 10
 */
export function stepStart(changeDays: ArrayLike<number>, t: number): number {
	const i = lastAtOrBefore(changeDays, t);
	return i >= 0 ? (changeDays[i] ?? t) : (changeDays[0] ?? 0) - 1;
}
