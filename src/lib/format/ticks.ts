/**
 * Ticks for a timeline from `startDay` to `endDay` (day numbers) drawn `widthPx` wide: years labelled
 * and months marked when the span is long, months labelled when there is room, days for a journey of
 * weeks. Positions are day numbers; labels are what a reader expects under a time axis, BC years
 * included (`334 BC`, `333 BC`… counting down as time runs on, then `AD 1`).
 */
import { civilDayNumber, isoFromDayNumber, isoParts } from '$lib/journey/days';
import { formatYear } from './dates';

export interface Tick {
	tDay: number;
	label: string;
	/** Years (or months, on a short span): drawn taller. */
	major: boolean;
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
/** Labels need about this much room, px. */
const LABEL_PX = { year: 34, month: 30, day: 44 };
/** A year label's room: `1918` 34 px, `334 BC` 47 px. */
const yearPx = (y: number) => Math.max(LABEL_PX.year, formatYear(y).length * 6.5 + 8);
/** The year as a reader counts it (336 BC is 336), so thinned labels fall on round BC years too. */
const readerYear = (y: number) => (y <= 0 ? 1 - y : y);
const partsOf = (day: number) => isoParts(isoFromDayNumber(day)) ?? [1970, 1, 1];

export function timelineTicks(startDay: number, endDay: number, widthPx: number): Tick[] {
	const span = endDay - startDay;
	if (!(span > 0) || !(widthPx > 0)) return [];
	const pxPerDay = widthPx / span;
	const [y0, m0] = partsOf(Math.floor(startDay));
	const labelPx = Math.max(yearPx(y0), yearPx(partsOf(endDay)[0]));
	const ticks: Tick[] = [];
	const inside = (t: number) => t >= startDay && t <= endDay;
	// Month marks only where they are at least 2 px apart; years always, their labels thinned.
	const monthMarks = pxPerDay * 30 >= 2;
	const monthLabels = pxPerDay * 30 >= LABEL_PX.month;
	const yearEvery = Math.max(1, Math.ceil(labelPx / (pxPerDay * 365)));
	let yearLabelled = false;
	for (let y = y0, m = m0; ; m === 12 ? ((m = 1), y++) : m++) {
		const t = civilDayNumber(y, m, 1);
		if (t > endDay) break;
		const yearTick = m === 1;
		if (!inside(t) || (!yearTick && !monthMarks)) continue;
		// No label that would run off the right end.
		const room = (endDay - t) * pxPerDay >= (yearTick ? labelPx : LABEL_PX.year);
		const yearLabel = yearTick && readerYear(y) % yearEvery === 0;
		yearLabelled ||= room && yearLabel;
		const label = !room
			? ''
			: yearTick
				? yearLabel
					? formatYear(y)
					: ''
				: monthLabels
					? MONTHS[m - 1]!
					: '';
		ticks.push({ tDay: t, label, major: yearTick || span < 400 });
	}
	// A span of weeks: days, labelled as far as the room allows.
	if (span <= 62) {
		const every = Math.max(1, Math.ceil(LABEL_PX.day / pxPerDay));
		for (let t = Math.ceil(startDay); t <= endDay; t++) {
			if (ticks.some((k) => k.tDay === t)) continue;
			const [, m, d] = partsOf(t);
			ticks.push({
				tDay: t,
				label: d % every === 1 || every === 1 ? `${d} ${MONTHS[m - 1]}` : '',
				major: false
			});
		}
		ticks.sort((a, b) => a.tDay - b.tDay);
	}
	// A year label for a span that starts mid-year and never crosses 1 January.
	if (!yearLabelled) {
		const first = ticks[0];
		const label = formatYear(y0);
		if (first && first.tDay === startDay) ticks[0] = { ...first, label, major: true };
		else ticks.unshift({ tDay: startDay, label, major: true });
	}
	return ticks;
}
