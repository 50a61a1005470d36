/**
 * The one entry for a reader's file: `parseImport({ name, text }, taken)` finds the format (Echelon
 * GeoJSON, plain GeoJSON, CSV or GPX: by content first, then by extension), reads it, builds an
 * Echelon journey, makes its ids free next to the journeys already loaded, and validates it with the
 * same rules as the flagship data. The result is the journey plus the rows skipped (which the reader
 * must accept before anything is kept), or every problem found. Pure and synchronous: it runs in the
 * import worker, and in Node for the tests. Never throws on any input.
 */
import { bundleToGeoJSON, isEchelonGeoJSON, type JourneyBundle } from './bundle';
import { resolveCollisions, type TakenIds } from './collisions';
import { buildBundle, type Draft } from './draft';
import { readCsv } from './csv';
import { readFeatures } from './features';
import { readGpx } from './gpx';
import type { ImportIssue } from './issues';
import { checkBundle, readBundle } from './read-bundle';
import { formatBytes, MAX_FILE_BYTES } from './limits';

export type ImportFormat = 'echelon' | 'geojson' | 'csv' | 'gpx';

export interface ImportInput {
	/** The file's name (only used for messages, titles and the format's extension). */
	name: string;
	text: string;
}

export type ImportResult =
	| { ok: false; file: string; issues: ImportIssue[] }
	| {
			ok: true;
			file: string;
			format: ImportFormat;
			bundle: JourneyBundle;
			/** Rows or features left out; empty when the whole file was good. */
			skipped: ImportIssue[];
	  };

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

function finish(
	bundle: JourneyBundle,
	file: string,
	format: ImportFormat,
	skipped: ImportIssue[],
	taken: TakenIds
): ImportResult {
	const resolved = resolveCollisions(bundle, taken);
	const issues = resolved === bundle ? [] : checkBundle(resolved, file);
	if (issues.length) return failed(file, [...skipped, ...issues]);
	return { ok: true, file, format, bundle: resolved, skipped };
}

function failed(file: string, issues: ImportIssue[]): ImportResult {
	// Fatal problems first: they are what the reader must fix.
	const sorted = [...issues.filter((i) => !i.skippable), ...issues.filter((i) => i.skippable)];
	return {
		ok: false,
		file,
		issues: sorted.length ? sorted : [{ file, message: 'nothing could be imported from this file' }]
	};
}

/**
 * Re-reads a journey kept in IndexedDB with the same validator (storage is input too), and makes its
 * ids free again in case the flagship data changed since.
 */
export function restoreImport(raw: unknown, taken: TakenIds): ImportResult {
	const title = (raw as { echelon?: { meta?: { title?: unknown } } } | null)?.echelon?.meta?.title;
	const file =
		typeof title === 'string' ? `saved journey "${title.slice(0, 80)}"` : 'a saved journey';
	try {
		const read = readBundle(raw, file);
		if (!read.bundle) return failed(file, read.issues);
		return finish(read.bundle, file, 'echelon', read.issues, taken);
	} catch (error) {
		return failed(file, [
			{ file, message: `could not be restored (${String(error)}): import it again` }
		]);
	}
}
