// The data the cumulative chart draws, in the chosen unit: the series as dates, and the independent
// claims as reference lines (a copy or a conversion is its origin's line; independent figures within
// 1% of each other share one line).
import type { JourneyDistanceView } from '$lib/journey/distance-view';
import { kmToUnit, type DistanceUnit } from '$lib/journey/distance-units';
import { dayNumber } from '$lib/journey/days';
import { formatYear } from '$lib/format/dates';
import { independentClaims } from '$lib/journey/claim-origins';
import { claimLabel } from '$lib/format/claims';

export interface ChartPoint {
	date: Date;
	value: number;
}

export interface ClaimLine {
	value: number;
	label: string;
	/** Labels alternate between the left and right ends so close lines stay readable. */
	side: 'start' | 'end';
}

export interface ChartData {
	series: ChartPoint[];
	claims: ClaimLine[];
	estimate?: { date: Date; value: number; low: number; high: number; tripCount: number };
	start: Date;
	end: Date;
}

/**
 * ISO day → Date at UTC midnight, by day number: `new Date('-0333-11-05')` is Invalid Date (ECMAScript
 * writes signed years with six digits), and a Date is proleptic Gregorian like the day numbers.
 */
const day = (iso: string) => new Date(dayNumber(iso) * 86_400_000);

const SHORT_MONTHS = 'Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec'.split(' ');

/**
 * The time axis's labels when the journey's years need an era (before AD 1000): `334 BC` on 1
 * January, the month otherwise. Undefined for later journeys, which keep the chart's own labels.
 */
export function eraTickFormat(start: Date): ((d: Date) => string) | undefined {
	if (start.getUTCFullYear() >= 1000) return undefined;
	return (d) =>
		d.getUTCMonth() === 0 && d.getUTCDate() === 1
			? formatYear(d.getUTCFullYear())
			: (SHORT_MONTHS[d.getUTCMonth()] ?? '');
}

export function buildChartData(journey: JourneyDistanceView, unit: DistanceUnit): ChartData {
	const series = journey.cumulative.map((p) => ({
		date: day(p.date),
		value: kmToUnit(p.km, unit)
	}));
	const lastDate = series.at(-1)?.date ?? day(journey.end);
	const merged: { km: number; labels: string[] }[] = [];
	const journeyClaims = independentClaims(journey.claims, (c) => c.claim)
		.filter((c) => c.scope === 'journey')
		.sort((a, b) => a.claimKm - b.claimKm);
	for (const c of journeyClaims) {
		const label = claimLabel(c.claim);
		const near = merged.find((m) => Math.abs(m.km - c.claimKm) / m.km < 0.01);
		if (near) {
			if (!near.labels.includes(label)) near.labels.push(label);
		} else merged.push({ km: c.claimKm, labels: [label] });
	}
	const e = journey.extrapolation;
	return {
		series,
		claims: merged.map((m, i) => ({
			value: kmToUnit(m.km, unit),
			label: m.labels.join(' · '),
			side: i % 2 === 0 ? 'end' : 'start'
		})),
		...(e && {
			estimate: {
				date: lastDate,
				value: kmToUnit(e.estimateKm, unit),
				low: kmToUnit(e.lowKm, unit),
				high: kmToUnit(e.highKm, unit),
				tripCount: e.tripCount
			}
		}),
		start: series[0]?.date ?? day(journey.start),
		end: lastDate
	};
}
