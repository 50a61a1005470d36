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
import type { ReadOptions } from './read-options';
import { swapFeatureCoordinates, swapOffer } from './swap';
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

/**
 * Reads the file as `options` say (day order, swapped coordinates); when the file as written looks
 * swapped, the result carries the offer (`reading.swapOffer`) for the reader to accept.
 */
export function parseImport(
	input: ImportInput,
	taken: TakenIds,
	options: ReadOptions = {}
): ImportResult {
	const result = safely(input, taken, options);
	if (options.swap || (result.ok && result.format === 'echelon')) return result;
	const offer = swapOffer(result, () => safely(input, taken, { ...options, swap: true }));
	return offer ? { ...result, reading: { ...result.reading, swapOffer: offer } } : result;
}

function safely(input: ImportInput, taken: TakenIds, options: ReadOptions): ImportResult {
	const file = input.name.trim().slice(0, 200) || 'file';
	try {
		return parseOrFail(input.text, file, taken, options);
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

function parseOrFail(
	text: string,
	file: string,
	taken: TakenIds,
	options: ReadOptions
): ImportResult {
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

	if (head.startsWith('<')) {
		return fromDraft(readGpx(text, file, options.swap), file, 'gpx', taken, options);
	}
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
		if (options.swap) swapFeatureCoordinates(featureList(raw));
		return fromDraft(readFeatures(raw, file), file, 'geojson', taken, options);
	}
	return fromDraft(readCsv(text, file, options), file, 'csv', taken, options);
}

function featureList(raw: unknown): unknown[] {
	const root = raw as { type?: unknown; features?: unknown } | null;
	if (root?.type === 'Feature') return [root];
	return Array.isArray(root?.features) ? root.features : [];
}

function fromDraft(
	draft: Draft,
	file: string,
	format: ImportFormat,
	taken: TakenIds,
	options: ReadOptions
): ImportResult {
	const reading = { ...draft.reading, ...(options.swap && { swapped: true }) };
	const answer = (result: ImportResult): ImportResult =>
		Object.keys(reading).length ? { ...result, reading } : result;
	if (draft.issues.some((i) => !i.skippable)) return answer(failed(file, draft.issues));
	const built = buildBundle(draft, file);
	if (!built.bundle) return answer(failed(file, built.issues));
	// The built journey goes through the same validator as Echelon's own files.
	const read = readBundle(bundleToGeoJSON(resolveCollisions(built.bundle, taken)), file);
	if (!read.bundle) return answer(failed(file, [...built.issues, ...read.issues]));
	return answer({
		ok: true,
		file,
		format,
		bundle: read.bundle,
		skipped: [...built.issues, ...read.issues]
	});
}
