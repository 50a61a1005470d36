/**
 * Ticks for a timeline from `startDay` to `endDay` (day numbers) drawn `widthPx` wide: years labelled
 * and months marked when the span is long, months labelled when there is room, days for a journey of
 * weeks. Positions are day numbers; labels are what a reader expects under a time axis.
 */
import { dayNumber, isoFromDayNumber } from '$lib/journey/days';

export interface Tick {
	tDay: number;
	label: string;
	/** Years (or months, on a short span): drawn taller. */
	major: boolean;
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
/** Labels need about this much room, px. */
const LABEL_PX = { year: 34, month: 30, day: 44 };

export function timelineTicks(startDay: number, endDay: number, widthPx: number): Tick[] {
	const span = endDay - startDay;
	if (!(span > 0) || !(widthPx > 0)) return [];
	const pxPerDay = widthPx / span;
	const first = isoFromDayNumber(Math.floor(startDay));
	const [y0 = 0, m0 = 1] = first.split('-').map(Number);
	const ticks: Tick[] = [];
	const inside = (t: number) => t >= startDay && t <= endDay;
	// Month marks only where they are at least 2 px apart; years always, their labels thinned.
	const monthMarks = pxPerDay * 30 >= 2;
	const monthLabels = pxPerDay * 30 >= LABEL_PX.month;
	const yearEvery = Math.max(1, Math.ceil(LABEL_PX.year / (pxPerDay * 365)));
	for (let y = y0, m = m0; ; m === 12 ? ((m = 1), y++) : m++) {
		const t = dayNumber(`${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-01`);
		if (t > endDay) break;
		const yearTick = m === 1;
		if (!inside(t) || (!yearTick && !monthMarks)) continue;
		// No label that would run off the right end.
		const room = (endDay - t) * pxPerDay >= LABEL_PX.year;
		const label = !room
			? ''
			: yearTick
				? y % yearEvery === 0
					? String(y)
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
			const [, m = 1, d = 1] = isoFromDayNumber(t).split('-').map(Number);
			ticks.push({
				tDay: t,
				label: d % every === 1 || every === 1 ? `${d} ${MONTHS[m - 1]}` : '',
				major: false
			});
		}
		ticks.sort((a, b) => a.tDay - b.tDay);
	}
	// A year label for a span that starts mid-year and never crosses 1 January.
	if (!ticks.some((k) => /^\d{4}$/.test(k.label))) {
		const first = ticks[0];
		if (first && first.tDay === startDay) ticks[0] = { ...first, label: String(y0), major: true };
		else ticks.unshift({ tDay: startDay, label: String(y0), major: true });
	}
	return ticks;
}
