/**
 * The one entry for a reader's file: `parseImport({ name, text }, taken)` finds the format (Echelon
 * GeoJSON, plain GeoJSON, CSV or GPX: by content first, then by extension), reads it, builds an
 * Echelon journey, makes its ids free next to the journeys already loaded, and validates it with the
 * same rules as the flagship data. The result is the journey plus the rows skipped (which the reader
 * must accept before anything is kept), or every problem found. Pure and synchronous: it runs in the
 * import worker, and in Node for the tests. Never throws on any input.
 */
import { bundleToGeoJSON, isEchelonGeoJSON } from './bundle';
import { resolveCollisions, type TakenIds } from './collisions';
import { buildBundle } from './build-bundle';
import type { Draft } from './draft';
import { readCsv } from './csv';
import { readFeatures } from './features';
import { readGpx } from './gpx';
import { readBundle } from './read-bundle';
import { failed, finish, type ImportFormat, type ImportResult } from './result';
import { formatBytes, MAX_FILE_BYTES } from './limits';

export type { ImportFormat, ImportResult };
export { restoreImport } from './restore';

export interface ImportInput {
	/** The file's name (only used for messages, titles and the format's extension). */
	name: string;
	text: string;
}

const UNSUPPORTED: Record<string, string> = {
	kml: 'KML',
	kmz: 'KMZ',
	xls: 'Excel',
	xlsx: 'Excel',
	ods: 'spreadsheet',
	zip: 'ZIP',
	shp: 'Shapefile',
	pdf: 'PDF'
};

export function parseImport(input: ImportInput, taken: TakenIds): ImportResult {
	const file = input.name.trim().slice(0, 200) || 'file';
	try {
		return parseOrFail(input.text, file, taken);
	} catch (error) {
		// A bug, not the reader's fault; still an answer rather than a crash.
		return failed(file, [
			{
				file,
				message: `the import failed unexpectedly (${error instanceof Error ? error.message : String(error)}): please report this with the file`
			}
		]);
	}
}

function parseOrFail(text: string, file: string, taken: TakenIds): ImportResult {
	if (text.length > MAX_FILE_BYTES) {
		return failed(file, [
			{
				file,
				message: `the file is larger than ${formatBytes(MAX_FILE_BYTES)}: split it or simplify its tracks`
			}
		]);
	}
	const ext = /\.([a-z0-9]+)$/i.exec(file)?.[1]?.toLowerCase() ?? '';
	const unsupported = Object.hasOwn(UNSUPPORTED, ext) ? UNSUPPORTED[ext] : undefined;
	if (unsupported) {
		return failed(file, [
			{
				file,
				message: `${unsupported} files cannot be imported: save it as CSV (name,lat,lon,date), GPX or GeoJSON`
			}
		]);
	}
	if (text.includes('\u0000')) {
		return failed(file, [
			{ file, message: 'this is a binary file, not text: import a CSV, GPX or GeoJSON file' }
		]);
	}
	const head = text.replace(/^[\uFEFF\s]+/, '');
	if (head === '') {
		return failed(file, [
			{ file, message: 'the file is empty: import a CSV, GPX or GeoJSON itinerary' }
		]);
	}

	if (head.startsWith('<')) return fromDraft(readGpx(text, file), file, 'gpx', taken);
	if (head.startsWith('{') || head.startsWith('[')) {
		let raw: unknown;
		try {
			raw = JSON.parse(head);
		} catch (error) {
			return failed(file, [
				{
					file,
					message: `not valid JSON (${(error as Error).message}): fix the syntax, e.g. in geojson.io`
				}
			]);
		}
		if (isEchelonGeoJSON(raw)) {
			const read = readBundle(raw, file);
			if (!read.bundle) return failed(file, read.issues);
			return finish(read.bundle, file, 'echelon', read.issues, taken);
		}
		return fromDraft(readFeatures(raw, file), file, 'geojson', taken);
	}
	return fromDraft(readCsv(text, file), file, 'csv', taken);
}

function fromDraft(
	draft: Draft,
	file: string,
	format: ImportFormat,
	taken: TakenIds
): ImportResult {
	if (draft.issues.some((i) => !i.skippable)) return failed(file, draft.issues);
	const built = buildBundle(draft, file);
	if (!built.bundle) return failed(file, built.issues);
	// The built journey goes through the same validator as Echelon's own files.
	const read = readBundle(bundleToGeoJSON(resolveCollisions(built.bundle, taken)), file);
	if (!read.bundle) return failed(file, [...built.issues, ...read.issues]);
	return {
		ok: true,
		file,
		format,
		bundle: read.bundle,
		skipped: [...built.issues, ...read.issues]
	};
}
