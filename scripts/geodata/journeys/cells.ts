/**
 * Reading the cells of a research table: trimmed text, an empty cell as absent, lists separated by
 * `;`, and values checked against the core's schemas with the row named in the message.
 */
import type { z } from 'zod';
import { readCsv } from '../lib/io';
import type { Problems } from './problems';

export type Row = Record<string, string>;

/** A table's rows, each with where it is (`stops.csv:14`) for messages. */
export function rows(journey: string, file: string): [Row, string][] {
	return readCsv<Row>(`geodata/src/${journey}/${file}`).map((row, i) => [row, `${file}:${i + 2}`]);
}

/** The cell's text, or undefined when it is empty. */
export function text(row: Row, column: string): string | undefined {
	const value = row[column]?.trim();
	return value ? value : undefined;
}

/** A `;`-separated list (`a;b;c`); empty cell → []. */
export function list(row: Row, column: string): string[] {
	return (text(row, column) ?? '')
		.split(';')
		.map((item) => item.trim())
		.filter((item) => item !== '');
}

/** A cell the row cannot do without; reported (and '' returned) when empty. */
export function required(row: Row, column: string, where: string, problems: Problems): string {
	const value = text(row, column);
	if (value === undefined) problems.add(where, `${column} is empty`);
	return value ?? '';
}

/**
 * A value checked against a schema. The input object itself is returned, not the schema's output,
 * because the schema would rebuild objects in its own key order and the built files keep the order
 * the research gives.
 */
export function checked<T>(
	schema: z.ZodType<T>,
	value: unknown,
	where: string,
	problems: Problems
): T | undefined {
	const result = schema.safeParse(value);
	if (result.success) return value as T;
	for (const issue of result.error.issues) {
		const path = issue.path.length > 0 ? ` (${issue.path.join('.')})` : '';
		problems.add(where, `${issue.message}${path}`);
	}
	return undefined;
}

/** A whole number, e.g. a trip number. */
export function integer(row: Row, column: string, where: string, problems: Problems): number {
	const value = Number(required(row, column, where, problems));
	if (!Number.isInteger(value) || value < 1) problems.add(where, `${column} is not a number ≥ 1`);
	return value;
}
