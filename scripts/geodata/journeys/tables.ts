/**
 * A journey's research tables in geodata/src/<journey>/, read into typed rows: trips.csv, stops.csv,
 * legs.csv and notes.csv, and journey.json for what is nested (claims, facts, unplaced windows).
 * Row numbers in messages are the file's line numbers (the header is line 1).
 */
import { z } from 'zod';
import {
	gradeSchema,
	journeyMetaSchema,
	legExplains,
	type LegExplains,
	modeSchema,
	type Grade,
	type Mode
} from '../../../src/lib/journey/schema';
import { readJson } from '../lib/io';
import { checked, integer, list, required, rows, text, type Row } from './cells';
import { dateCells } from './dates';
import { readNotes, type Notes } from './notes';
import type { StopRow } from './stop-row';

export type { StopRow } from './stop-row';
import type { Problems } from './problems';

export interface TripRow {
	number: number;
	label: string;
	title: string;
	front?: string;
	grade: Grade;
	reasoning?: string;
	sources: string[];
}

const legShapeSchema = z.enum(['routed', 'traced', 'straight']);
export type LegShape = z.infer<typeof legShapeSchema>;

/** A leg between two consecutive stops; empty cells take the defaults in legs.ts. */
export interface LegRow {
	where: string;
	trip: number;
	from: string;
	to: string;
	mode?: Mode;
	shape?: LegShape;
	via: string[];
	/** What the reasoning explains: `speed` and/or `detour` (see src/lib/journey/plausibility.ts). */
	explains?: LegExplains[];
	grade?: Grade;
	reasoning?: string;
	sources: string[];
}

/** journey.json of the research: the built journey.json less what the tables give. */
const sourceMetaSchema = journeyMetaSchema
	.omit({ trips: true, period: true, region: true })
	.extend({
		period: journeyMetaSchema.shape.period.optional(),
		region: journeyMetaSchema.shape.region.optional()
	});
export type SourceMeta = ReturnType<typeof sourceMetaSchema.parse>;

export interface Tables {
	meta: SourceMeta;
	trips: TripRow[];
	stops: StopRow[];
	legs: LegRow[];
	notes: Notes;
}

export function readTables(journey: string, problems: Problems): Tables {
	const meta = checked(
		sourceMetaSchema,
		readJson(`geodata/src/${journey}/journey.json`),
		'journey.json',
		problems
	);
	if (!meta) problems.throwIfAny(journey);
	const grade = (row: Row, where: string) =>
		checked(gradeSchema, text(row, 'grade'), `${where} grade`, problems);
	const trips = rows(journey, 'trips.csv').map(([row, where]): TripRow => ({
		number: integer(row, 'number', where, problems),
		label: required(row, 'label', where, problems),
		title: required(row, 'title', where, problems),
		...optional(row, 'front'),
		grade: grade(row, where) ?? 'documented',
		...optional(row, 'reasoning'),
		sources: list(row, 'sources')
	}));
	const stops = rows(journey, 'stops.csv').map(([row, where]): StopRow => {
		const [arrive, depart] = [
			dateCells(row, 'arrive', where, problems),
			dateCells(row, 'depart', where, problems)
		];
		const [from, to] = [text(row, 'present_from'), text(row, 'present_to')];
		return {
			where,
			trip: integer(row, 'trip', where, problems),
			place: required(row, 'place', where, problems),
			...(arrive && { arrive }),
			...(depart && { depart }),
			...(from && { present: { from, ...(to && { to }) } }),
			passThrough: text(row, 'pass_through') === 'yes',
			grade: grade(row, where) ?? 'documented',
			summary: required(row, 'summary', where, problems),
			...optional(row, 'reasoning'),
			sources: list(row, 'sources')
		};
	});
	const legs = rows(journey, 'legs.csv').map(([row, where]): LegRow => {
		const [mode, shape, legGrade] = ['mode', 'shape', 'grade'].map((c) => text(row, c));
		return {
			where,
			trip: integer(row, 'trip', where, problems),
			from: required(row, 'from', where, problems),
			to: required(row, 'to', where, problems),
			...(mode && { mode: checked(modeSchema, mode, `${where} mode`, problems) }),
			...(shape && { shape: checked(legShapeSchema, shape, `${where} shape`, problems) }),
			via: list(row, 'via'),
			explains: list(row, 'explains').flatMap((x) => {
				const value = checked(legExplains, x, `${where} explains`, problems);
				return value ? [value] : [];
			}),
			...(legGrade && { grade: grade(row, where) }),
			...optional(row, 'reasoning'),
			sources: list(row, 'sources')
		};
	});
	return { meta: meta as SourceMeta, trips, stops, legs, notes: readNotes(journey, problems) };
}

function optional<K extends string>(row: Row, column: K): Partial<Record<K, string>> {
	const value = text(row, column);
	return value === undefined ? {} : ({ [column]: value } as Record<K, string>);
}
