/**
 * Stops: one Point feature per stops.csv row, at its place, with an id from its first date and
 * place (`1918-08-08-moscow_kazansky_stn`, `-2` for a second stop on the same day and place).
 */
import type { StopFeature } from '../../../src/lib/journey/schema';
import { compareIsoDates } from '../../../src/lib/journey/days';
import { round5 } from '../lib/io';
import { tripDates } from './dates';
import { uniqueIds } from './ids';
import type { Problems } from './problems';
import { takeNotes, type Notes } from './notes';
import type { SourceMeta, StopRow } from './tables';

export interface StopContext {
	meta: SourceMeta;
	coordOf: ReadonlyMap<string, [number, number]>;
	notes: Notes;
	boundDepartures: boolean;
	problems: Problems;
}

export function buildStops(rows: readonly StopRow[], ctx: StopContext): StopFeature[] {
	const { problems } = ctx;
	const dates = new Map<StopRow, ReturnType<typeof tripDates>[number]>();
	for (const trip of new Set(rows.map((r) => r.trip))) {
		const tripRows = rows.filter((r) => r.trip === trip);
		tripDates(tripRows, ctx.boundDepartures).forEach((d, i) =>
			dates.set(tripRows[i] as StopRow, d)
		);
		checkTripEnds(tripRows, dates, ctx);
	}
	const idFor = uniqueIds();
	let previousDate = '';
	return rows.map((row) => {
		const { arrive, depart } = dates.get(row) ?? {};
		const first = (arrive ?? depart)?.date;
		if (!first) problems.add(row.where, 'neither arrive, depart nor present_from');
		else if (previousDate && compareIsoDates(first, previousDate) < 0)
			problems.add(row.where, `${first} is before the previous stop's ${previousDate}`);
		previousDate = depart?.date ?? first ?? previousDate;
		const id = idFor(`${first}-${row.place}`);
		const coordinates = ctx.coordOf.get(row.place);
		if (!coordinates) problems.add(row.where, `place ${row.place} is not in places.geojson`);
		const notes = takeNotes(ctx.notes, `stop ${id}`);
		return {
			type: 'Feature',
			id,
			geometry: {
				type: 'Point',
				coordinates: (coordinates ?? [0, 0]).map(round5) as [number, number]
			},
			properties: {
				id,
				place: row.place,
				trip: row.trip,
				...(arrive && { arrive }),
				...(depart && { depart }),
				summary: row.summary,
				grade: row.grade,
				...(row.reasoning && { reasoning: row.reasoning }),
				sources: row.sources,
				...(notes && { notes }),
				...(row.passThrough && { passThrough: true })
			}
		};
	});
}

/** A trip leaves from its first stop and arrives at its last; with a base, both are the base. */
function checkTripEnds(
	rows: readonly StopRow[],
	dates: ReadonlyMap<StopRow, { arrive?: unknown; depart?: unknown }>,
	{ meta, problems }: StopContext
): void {
	const [first, last] = [rows[0], rows.at(-1)];
	if (first && !dates.get(first)?.depart)
		problems.add(first.where, 'the first stop of a trip needs a departure');
	if (last && !dates.get(last)?.arrive)
		problems.add(last.where, 'the last stop of a trip needs an arrival');
	const { base } = meta;
	for (const end of base ? [first, last] : []) {
		if (end && !end.place.startsWith(base ?? ''))
			problems.add(end.where, `a trip starts and ends at the base, ${base}`);
	}
}
