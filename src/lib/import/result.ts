/** What an import answers, shared by the file importer, the restore from IndexedDB and the worker. */
import type { JourneyDistanceView } from '$lib/journey/distance-view';
import type { JourneyBundle } from './bundle';
import { resolveCollisions, type TakenIds } from './collisions';
import type { ImportIssue } from './issues';
import type { ImportReading } from './reading';
import { checkBundle } from './check-bundle';

export type ImportFormat = 'echelon' | 'geojson' | 'csv' | 'gpx';

export type ImportResult =
	| { ok: false; file: string; issues: ImportIssue[]; reading?: ImportReading }
	| {
			ok: true;
			file: string;
			format: ImportFormat;
			bundle: JourneyBundle;
			/** Rows or features left out; empty when the whole file was good. */
			skipped: ImportIssue[];
			/** How the file was read (encoding, date forms…) and what the reader may change. */
			reading?: ImportReading;
			/** The Distances panel's totals, added by the worker (the core parser leaves them out). */
			distances?: JourneyDistanceView;
	  };

/** A file that can be imported, perhaps without some rows (`skipped`). */
export type ImportSuccess = Extract<ImportResult, { ok: true }>;

export function failed(file: string, issues: ImportIssue[]): ImportResult {
	// Fatal problems first: they are what the reader must fix.
	const sorted = [...issues.filter((i) => !i.skippable), ...issues.filter((i) => i.skippable)];
	return {
		ok: false,
		file,
		issues: sorted.length ? sorted : [{ file, message: 'nothing could be imported from this file' }]
	};
}

/** Makes the journey's ids free next to `taken`, and re-checks it if anything was renamed. */
export function finish(
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
