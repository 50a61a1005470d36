/**
 * Legs: one between each two consecutive stops of a trip, described by the legs.csv row with the
 * same trip, from and to places (taken in order when a trip makes the same move twice). A move with
 * no row is a rail leg with the defaults below, so a new stop needs no leg row unless the research
 * says more about how Trotsky got there.
 */
import type { Grade, LegFeature, Mode, StopFeature } from '../../../src/lib/journey/schema';
import { round5 } from '../lib/io';
import { uniqueIds } from './ids';
import { laneBetween, type Lane } from './lanes';
import type { Problems } from './problems';
import { takeNotes, type Notes } from './notes';
import type { LegRow, LegShape } from './tables';

export const DEFAULT_RAIL_REASONING =
	'Movement between two consecutive stops of the trip; the line taken is not recorded and is drawn along the shortest route of the period network.';

export interface LegContext {
	coordOf: ReadonlyMap<string, [number, number]>;
	lanes: ReadonlyMap<string, Lane>;
	notes: Notes;
	problems: Problems;
}

/** A leg and its two stops; its geometry is final unless it is to be routed. */
export interface PlannedLeg {
	feature: LegFeature;
	from: StopFeature;
	to: StopFeature;
}

const defaultShape = (mode: Mode): LegShape =>
	mode === 'rail' ? 'routed' : mode === 'sea' ? 'traced' : 'straight';

export function planLegs(
	stops: readonly StopFeature[],
	rows: readonly LegRow[],
	ctx: LegContext
): PlannedLeg[] {
	const unused = new Set(rows);
	const idFor = uniqueIds();
	const trips = [...new Set(stops.map((s) => s.properties.trip))];
	const legs = trips.flatMap((trip) => {
		const tripStops = stops.filter((s) => s.properties.trip === trip);
		return tripStops.slice(1).map((to, i) => {
			const from = tripStops[i] as StopFeature;
			const [a, b] = [from.properties.place, to.properties.place];
			const row = rows.find((r) => unused.has(r) && r.trip === trip && r.from === a && r.to === b);
			if (row) unused.delete(row);
			const id = idFor(`t${String(trip).padStart(2, '0')}-${a}-${b}`);
			return { feature: legFeature(id, trip, from, to, row, ctx), from, to };
		});
	});
	for (const row of unused) {
		ctx.problems.add(
			row.where,
			`trip ${row.trip} has no stop at ${row.to} right after one at ${row.from}`
		);
	}
	return legs;
}

function legFeature(
	id: string,
	trip: number,
	from: StopFeature,
	to: StopFeature,
	row: LegRow | undefined,
	ctx: LegContext
): LegFeature {
	const mode = row?.mode ?? 'rail';
	const shape = row?.shape ?? defaultShape(mode);
	const ends = [from, to].map((s) => s.properties);
	const grade: Grade =
		row?.grade ?? (ends.some((s) => s.grade === 'reconstructed') ? 'reconstructed' : 'probable');
	const reasoning =
		row?.reasoning ?? (mode === 'rail' && shape === 'routed' ? DEFAULT_RAIL_REASONING : undefined);
	const sources = row?.sources.length ? row.sources : [...new Set(ends.flatMap((s) => s.sources))];
	const notes = takeNotes(ctx.notes, `leg ${id}`);
	const via = row?.via ?? [];
	for (const place of via)
		if (!ctx.coordOf.has(place))
			ctx.problems.add(id, `via place ${place} is not in places.geojson`);
	return {
		type: 'Feature',
		id,
		geometry: { type: 'LineString', coordinates: drawnLine(id, mode, shape, from, to, ctx) },
		properties: {
			id,
			trip,
			from: from.id,
			to: to.id,
			mode,
			shape,
			...(via.length > 0 && { via }),
			...(row?.explains?.length && { explains: row.explains }),
			grade,
			...(reasoning && { reasoning }),
			sources,
			...(notes && { notes })
		}
	};
}

/** A traced leg along its lane, any other a straight line (a routed leg until it is routed). */
function drawnLine(
	id: string,
	mode: Mode,
	shape: LegShape,
	from: StopFeature,
	to: StopFeature,
	ctx: LegContext
): [number, number][] {
	const [a, b] = [from.geometry.coordinates, to.geometry.coordinates];
	let inner: readonly (readonly number[])[] = [];
	if (shape === 'traced') {
		const lane = laneBetween(ctx.lanes, from.properties.place, to.properties.place);
		if (!lane)
			ctx.problems.add(id, `no lane ${from.properties.place}>${to.properties.place} in lanes.csv`);
		else if (lane.mode !== mode) ctx.problems.add(id, `a ${mode} leg on a ${lane.mode} lane`);
		inner = lane?.coordinates ?? [];
	} else if (mode === 'sea') ctx.problems.add(id, 'a sea leg needs a lane (shape traced)');
	return [a, ...inner, b].map((c) => [round5(c[0] ?? 0), round5(c[1] ?? 0)]);
}
