/**
 * Where a journey's export data comes from: an imported journey carries its own places and sources
 * (its file); a flagship one draws on /data/export.json, fetched once, on the first download.
 */
import { resolve } from '$app/paths';
import type { ImportedJourney } from '$lib/import/bundle';
import type { Journey } from '$lib/journey/types';
import type { ExportInput, ExportLibrary } from '$lib/export/export-input';

let library: Promise<ExportLibrary> | null = null;

function fetchLibrary(): Promise<ExportLibrary> {
	library ??= fetch(resolve('/data/export.json')).then((r) => {
		if (!r.ok) throw new Error(`the export data could not be loaded (HTTP ${r.status})`);
		return r.json() as Promise<ExportLibrary>;
	});
	library.catch(() => (library = null));
	return library;
}

export async function exportInput(
	journey: Journey,
	imported: readonly ImportedJourney[]
): Promise<ExportInput> {
	const own = imported.find((i) => i.bundle.meta.id === journey.meta.id)?.bundle;
	if (own) {
		return {
			journey,
			places: Object.fromEntries(own.places.map((p) => [p.id, p])),
			sources: Object.fromEntries(own.sources.map((s) => [s.id, s]))
		};
	}
	return { journey, ...(await fetchLibrary()) };
}

/** The address of the app itself, for links in the files (LPF record ids, embed code). */
export const appUrl = (): string => new URL(resolve('/'), location.href).href;
