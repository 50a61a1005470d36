/**
 * The built journey.json: the research's journey.json with the trips placed (each from its first
 * stop's departure to its last stop's arrival) and, where the research leaves them out, the period
 * from the trips and the map region from the drawn stops and legs.
 */
import { compareIsoDates } from '../../../src/lib/journey/days';
import type { JourneyMeta, LegFeature, StopFeature, Trip } from '../../../src/lib/journey/schema';
import type { Problems } from './problems';
import { takeNotes, type Notes } from './notes';
import type { SourceMeta, TripRow } from './tables';

export function buildTrips(
	rows: readonly TripRow[],
	stops: readonly StopFeature[],
	notes: Notes,
	problems: Problems
): Trip[] {
	const numbers = new Set(rows.map((r) => r.number));
	for (const trip of new Set(stops.map((s) => s.properties.trip))) {
		if (!numbers.has(trip)) problems.add(`trip ${trip}`, 'has stops but no row in trips.csv');
	}
	if (numbers.size < rows.length) problems.add('trips.csv', 'a trip number is used twice');
	return rows.flatMap((row): Trip[] => {
		const own = stops.filter((s) => s.properties.trip === row.number).map((s) => s.properties);
		const [first, last] = [own[0], own.at(-1)];
		const start = first?.depart ?? first?.arrive;
		const end = last?.arrive ?? last?.depart;
		if (!start || !end) {
			problems.add(`trip ${row.number}`, 'no dated stops in stops.csv');
			return [];
		}
		const tripNotes = takeNotes(notes, `trip ${row.number}`);
		return [
			{
				number: row.number,
				label: row.label,
				title: row.title,
				...(row.front && { front: row.front }),
				start,
				end,
				grade: row.grade,
				...(row.reasoning && { reasoning: row.reasoning }),
				sources: row.sources,
				...(tripNotes && { notes: tripNotes })
			}
		];
	});
}

/** Keys in the order of every built journey.json. */
export function buildJourneyMeta(
	meta: SourceMeta,
	trips: Trip[],
	drawn: readonly (StopFeature | LegFeature)[]
): JourneyMeta {
	// By date, not by number: a trip numbered last to keep older ids stable may fall mid-journey.
	const byStart = [...trips].sort((a, b) => compareIsoDates(a.start.date, b.start.date));
	const byEnd = [...trips].sort((a, b) => compareIsoDates(a.end.date, b.end.date));
	const [first, last] = [byStart[0], byEnd.at(-1)];
	const period = meta.period ?? (first && last ? { start: first.start, end: last.end } : undefined);
	if (!period) throw new Error(`journey ${meta.id}: no period and no trips to take it from`);
	return {
		id: meta.id,
		title: meta.title,
		...(meta.subtitle && { subtitle: meta.subtitle }),
		summary: meta.summary,
		period,
		region: meta.region ?? { bbox: boundingBox(drawn) },
		...(meta.base && { base: meta.base }),
		trips,
		...(meta.tripCount && { tripCount: meta.tripCount }),
		claims: meta.claims,
		...(meta.facts && { facts: meta.facts }),
		...(meta.unplaced && { unplaced: meta.unplaced }),
		...(meta.notes && { notes: meta.notes })
	};
}

/** Whole degrees around everything drawn, with a degree to spare on each side. */
function boundingBox(
	features: readonly (StopFeature | LegFeature)[]
): [number, number, number, number] {
	const points = features.flatMap((f) =>
		f.geometry.type === 'Point' ? [f.geometry.coordinates] : f.geometry.coordinates
	);
	const xs = points.map((c) => c[0] ?? 0);
	const ys = points.map((c) => c[1] ?? 0);
	return [
		Math.floor(Math.min(...xs)) - 1,
		Math.floor(Math.min(...ys)) - 1,
		Math.ceil(Math.max(...xs)) + 1,
		Math.ceil(Math.max(...ys)) + 1
	];
}

/** Every coordinate drawn lies inside the region the research gives for the journey. */
export function checkRegion(
	meta: SourceMeta,
	drawn: readonly (StopFeature | LegFeature)[],
	problems: Problems
): void {
	if (!meta.region) return;
	const [minX, minY, maxX, maxY] = meta.region.bbox;
	for (const f of drawn) {
		const points = f.geometry.type === 'Point' ? [f.geometry.coordinates] : f.geometry.coordinates;
		for (const [x = 0, y = 0] of points) {
			if (x < minX || x > maxX || y < minY || y > maxY)
				problems.add(f.id, `${x},${y} is outside the region's bbox`);
		}
	}
}
