/**
 * Journey time is a day number: days since 1970-01-01 (Gregorian, proleptic), with a fraction for the
 * time of day. Pure integer arithmetic (H. Hinnant's civil-date algorithms), so dates before 1970 and
 * far from it behave the same everywhere, with no Date or time-zone involved.
 *
 * Years are astronomical (ISO 8601): year 0 is 1 BC, year -335 is 336 BC, written with a sign and at
 * least four digits (`-0335-07-20`); the calendar is the proleptic Gregorian one, also before 1582.
 */

const ISO = /^([+-]?\d{4,6})-(\d{2})-(\d{2})$/;

/** `1918-09-17`, `-0335-07-20` → [year, month, day]; undefined for anything else. */
export function isoParts(iso: string): [number, number, number] | undefined {
	const m = ISO.exec(iso);
	return m ? [Number(m[1]), Number(m[2]), Number(m[3])] : undefined;
}

/** A Gregorian year, month and day → day number. */
export function civilDayNumber(y0: number, m: number, d: number): number {
	const y = m <= 2 ? y0 - 1 : y0;
	const era = Math.floor(y / 400);
	const yoe = y - era * 400;
	const doy = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + d - 1;
	const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
	return era * 146097 + doe - 719468;
}

/**
 * A Julian-calendar (Old Style) year, month and day → day number, so `1 February 1918 O.S.` lands on
 * 14 February 1918. Same astronomical years; the Julian leap rule (every fourth year).
 */
export function julianDayNumber(y0: number, m: number, d: number): number {
	const y = m <= 2 ? y0 - 1 : y0;
	const era = Math.floor(y / 4);
	const yoe = y - era * 4;
	const doy = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + d - 1;
	// 0000-03-01 Julian is 0000-03-03 Gregorian: two days later than civil day 0000-03-01.
	return era * 1461 + yoe * 365 + doy - 719468 - 2;
}

/** `1918-09-17` or `-0335-07-20` → day number (integer). Assumes a valid ISO date (the schemas check that). */
export function dayNumber(iso: string): number {
	const [y = 1970, m = 1, d = 1] = isoParts(iso) ?? [];
	return civilDayNumber(y, m, d);
}

/**
 * Orders two ISO dates in time (negative when `a` is earlier). Text order is time order only for
 * unsigned four-digit years (`-0333` sorts before `-0334` as text), so signed years go by day number.
 */
export function compareIsoDates(a: string, b: string): number {
	if (a.length === 10 && b.length === 10 && a[0] !== '-' && b[0] !== '-') {
		return a < b ? -1 : a > b ? 1 : 0;
	}
	return dayNumber(a) - dayNumber(b);
}

/** Whether `iso` is a real day of the proleptic Gregorian calendar, written canonically (`-0004-02-29` is). */
export function isRealIsoDate(iso: string): boolean {
	const parts = isoParts(iso);
	return parts !== undefined && isoFromDayNumber(civilDayNumber(...parts)) === iso;
}

/** An astronomical year as ISO 8601 writes it: `1918`, `0033`, `-0335`. */
export function isoYear(y: number): string {
	return `${y < 0 ? '-' : ''}${String(Math.abs(y)).padStart(4, '0')}`;
}

/** Day number (any fraction is dropped) → `YYYY-MM-DD` (`-YYYY-MM-DD` before year 0). */
export function isoFromDayNumber(day: number): string {
	const z = Math.floor(day) + 719468;
	const era = Math.floor(z / 146097);
	const doe = z - era * 146097;
	const yoe = Math.floor(
		(doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365
	);
	const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
	const mp = Math.floor((5 * doy + 2) / 153);
	const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
	const m = mp < 10 ? mp + 3 : mp - 9;
	const y = yoe + era * 400 + (m <= 2 ? 1 : 0);
	return `${isoYear(y)}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}
