/**
 * Journey time is a day number: days since 1970-01-01 (Gregorian, proleptic), with a fraction for the
 * time of day. Pure integer arithmetic (H. Hinnant's civil-date algorithms), so dates before 1970 and
 * far from it behave the same everywhere, with no Date or time-zone involved.
 */

/** `1918-09-17` → day number (integer). Assumes a valid ISO date (the schemas check that). */
export function dayNumber(iso: string): number {
	const [y0 = 1970, m = 1, d = 1] = iso.split('-').map(Number);
	const y = m <= 2 ? y0 - 1 : y0;
	const era = Math.floor(y / 400);
	const yoe = y - era * 400;
	const doy = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + d - 1;
	const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
	return era * 146097 + doe - 719468;
}

/** Day number (any fraction is dropped) → `YYYY-MM-DD`. */
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
	return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}
