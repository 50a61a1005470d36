/**
 * File I/O shared by the geodata build stages: JSON written the one way every file in geodata/ is
 * written (tabs, trailing newline, atomically), and CSV tables read with papaparse.
 */
import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Papa from 'papaparse';

/** The repository root (this file is scripts/geodata/lib/io.ts). */
export const REPO_ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');

/** A path inside the repository, from its repo-relative form (`geodata/places.geojson`). */
export const repoPath = (relative: string): string => join(REPO_ROOT, relative);

export function readJson<T = unknown>(relative: string): T {
	return JSON.parse(readFileSync(repoPath(relative), 'utf8')) as T;
}

/**
 * Writes JSON as `JSON.stringify(value, null, '\t')` plus a newline. A temp file and a rename, so a
 * reader (the dev server's watcher) never sees half a file.
 */
export function writeJson(relative: string, value: unknown): void {
	const target = repoPath(relative);
	const tmp = `${target}.${process.pid}.tmp`;
	writeFileSync(tmp, JSON.stringify(value, null, '\t') + '\n');
	renameSync(tmp, target);
}

/**
 * Reads a CSV table with a header row into objects keyed by column name (all values strings).
 * Throws with the file and row on a malformed table, so a bad edit stops the build at its line.
 */
export function readCsv<Row extends Record<string, string>>(relative: string): Row[] {
	const text = readFileSync(repoPath(relative), 'utf8');
	const parsed = Papa.parse<Row>(text, { header: true, skipEmptyLines: true });
	if (parsed.errors.length > 0) {
		const e = parsed.errors[0]!;
		throw new Error(`${relative}: row ${(e.row ?? 0) + 2}: ${e.message}`);
	}
	return parsed.data;
}

/** Rounds to 5 decimals (about 1 m in latitude), the precision of every coordinate in geodata/. */
export const round5 = (x: number): number => Math.round(x * 1e5) / 1e5;
