// What the "how close to the front" chart draws and says, in the chosen unit: one point per stop
// (day, distance to the nearest place held by the other side), the median as a line, and the text
// that states it for every reader, screen readers included.
import type { FrontDistancePoint, FrontDistanceSeries } from '$lib/journey/front-distance-series';
import { kmToUnit, type DistanceUnit } from '$lib/journey/distance-units';
import { formatDistance } from '$lib/format/distance-format';
import { formatIsoDate } from '$lib/format/dates';
import { heldWords } from '$lib/format/front-context';

export interface FrontChartPoint {
	date: Date;
	value: number;
	/** "Sviyazhsk station, 10 August 1918: 37 km from White-held Kazan". */
	label: string;
}

export interface FrontChartData {
	points: FrontChartPoint[];
	median?: number;
	start: Date;
	end: Date;
	/** The median in words, with what it is taken over. */
	summary: string;
	/** The nearest the train came, in words. */
	closest?: string;
}

/** ISO day → Date at UTC midnight (fine before 1970; only the chart's axis sees it). */
const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

export const nearestWords = (p: FrontDistancePoint, unit: DistanceUnit) =>
	p.nearest
		? `${formatDistance(p.nearest.distanceKm, unit)} from ${heldWords(p.nearest)}`
		: 'no place held by the other side recorded';

const leftOut = (n: number) =>
	n === 1
		? 'One stop with no such place recorded on its day is left out.'
		: `${n} stops with no such place recorded on their day are left out.`;

export function buildFrontChartData(s: FrontDistanceSeries, unit: DistanceUnit): FrontChartData {
	const measured = s.points.filter((p) => p.nearest);
	const points = measured.map((p) => ({
		date: day(p.date),
		value: kmToUnit(p.nearest!.distanceKm, unit),
		label: `${p.name}, ${formatIsoDate(p.date)}: ${nearestWords(p, unit)}`
	}));
	const first = s.points[0]?.date ?? s.period.start;
	const last = s.points.at(-1)?.date ?? s.period.end;
	const closest = measured.reduce<FrontDistancePoint | undefined>(
		(best, p) => (!best || p.nearest!.distanceKm < best.nearest!.distanceKm ? p : best),
		undefined
	);
	const left = s.points.length - measured.length;
	const over = `over the ${measured.length} stops from ${formatIsoDate(first)} to ${formatIsoDate(last)}`;
	return {
		points,
		...(s.medianKm !== undefined && { median: kmToUnit(s.medianKm, unit) }),
		start: day(first),
		end: day(last),
		summary:
			s.medianKm === undefined
				? 'No stop of this journey has a place held by the other side recorded on its day.'
				: `Median distance to the nearest place held by the other side: ${formatDistance(s.medianKm, unit)}, ${over}; half the stops lay nearer, half farther.${left ? ` ${leftOut(left)}` : ''}`,
		...(closest && {
			closest: `Nearest: ${closest.name} on ${formatIsoDate(closest.date)}, ${nearestWords(closest, unit)}.`
		})
	};
}
