// The data the cumulative chart draws, in the chosen unit: the series as dates, and the claims as
// reference lines (near-identical figures merged, e.g. 75,000 mi and its 121,000 km conversion).
import type { JourneyDistanceView } from '$lib/journey/distance-view';
import { kmToUnit, type DistanceUnit } from '$lib/journey/distance-units';

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

/** ISO day → Date at UTC midnight (fine before 1970; only the chart's axis sees it). */
const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

const unitWord = (u: string) => (u === 'verst' ? 'versts' : u);

export function buildChartData(journey: JourneyDistanceView, unit: DistanceUnit): ChartData {
	const series = journey.cumulative.map((p) => ({
		date: day(p.date),
		value: kmToUnit(p.km, unit)
	}));
	const lastDate = series.at(-1)?.date ?? day(journey.end);
	const merged: { km: number; labels: string[] }[] = [];
	const journeyClaims = journey.claims
		.filter((c) => c.scope === 'journey')
		.sort((a, b) => a.claimKm - b.claimKm);
	for (const c of journeyClaims) {
		const label = `${c.claim.qualifier} ${c.claim.value.toLocaleString('en-GB')} ${unitWord(c.claim.unit)}`;
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
