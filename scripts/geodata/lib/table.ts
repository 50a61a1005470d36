/**
 * Cell readers shared by the stages that read the CSV research tables. A table cell is always a
 * string; an empty cell means "not given", and a list of source ids is written space-separated so
 * that a spreadsheet shows it in one cell.
 */
import type { Note } from '../../../src/lib/journey/schema';
import { readCsv } from './io';

/** A space-separated list of ids (`a b c`); an empty cell is an empty list. */
export const list = (cell: string | undefined): string[] =>
	(cell ?? '').split(/\s+/).filter((s) => s !== '');

/** The cell, or undefined when it is empty. */
export const optional = (cell: string | undefined): string | undefined =>
	cell === undefined || cell === '' ? undefined : cell;

/** A number, or a thrown error naming the table and row, so a typo stops the build at its line. */
export function num(cell: string | undefined, where: string): number {
	const n = Number(cell);
	if (cell === undefined || cell.trim() === '' || !Number.isFinite(n))
		throw new Error(`${where}: "${cell ?? ''}" is not a number`);
	return n;
}

/** The cell if it is one of `allowed`, else a thrown error naming the table row and column. */
export function oneOf<T extends string>(
	cell: string | undefined,
	allowed: readonly T[],
	where: string
): T {
	if (!(allowed as readonly string[]).includes(cell ?? ''))
		throw new Error(`${where}: "${cell ?? ''}" is not one of ${allowed.join(', ')}`);
	return cell as T;
}

/** Rows grouped by the value of one column, each group in table order. */
export function groupBy<Row extends Record<string, string>>(
	rows: Row[],
	column: keyof Row
): Map<string, Row[]> {
	const groups = new Map<string, Row[]>();
	for (const row of rows) {
		const key = row[column]!;
		const group = groups.get(key);
		if (group) group.push(row);
		else groups.set(key, [row]);
	}
	return groups;
}

type NoteRow = { kind: string; text: string; sources: string } & Record<string, string>;

/** A notes table (`<owner>,kind,text,sources`) as the notes of each owner, in table order. */
export function readNotes(relative: string, owner: string): Map<string, Note[]> {
	const notes = new Map<string, Note[]>();
	for (const [id, rows] of groupBy(readCsv<NoteRow>(relative), owner)) {
		notes.set(
			id,
			rows.map((r) => ({
				kind: r.kind as Note['kind'],
				text: r.text,
				sources: list(r.sources)
			}))
		);
	}
	return notes;
}

/** The ids in `ids` that are not keys of `known`: rows that point at nothing. */
export const unknownIds = (ids: Iterable<string>, known: { has(id: string): boolean }): string[] =>
	[...new Set(ids)].filter((id) => !known.has(id));
