/**
 * What the import panel does outside the page: keeps imported journeys in this browser's IndexedDB
 * (saving, removing, restoring them, finding one imported from a link) and downloads an export. The
 * storage and restore code loads on first use, so the first view carries none of it.
 */
import { bundleToGeoJSON, exportFileName, type JourneyBundle } from '$lib/import/bundle';
import type { ImportedJourney } from '$lib/import/bundle';
import type { TakenIds } from '$lib/import/collisions';
import type { ImportIssue } from '$lib/import/issues';
// Imported journeys may be GPS logs with legs of a million points: from here on the map draws such
// legs simplified (drawn-legs.ts), which the first view, with the flagship's short legs, need not load.
import '$lib/map/drawn-legs';

const storage = () => import('$lib/import/storage');

/** Saves an imported journey; answers what to add to the status when that failed. */
export async function saveJourney(
	bundle: JourneyBundle,
	from?: string,
	hash?: string
): Promise<string> {
	try {
		await (await storage()).saveImport(bundle, from, hash);
		return '';
	} catch (error) {
		return ` It could not be saved in this browser (${String(error)}), so it will be gone after a reload.`;
	}
}

/** Removes a saved journey; answers what to add to the status when that failed. */
export async function forgetJourney(id: string): Promise<string> {
	try {
		await (await storage()).removeImport(id);
		return '';
	} catch {
		return ' It could not be removed from this browser’s storage.';
	}
}

async function loadSaved() {
	// No IndexedDB here (e.g. a private window): nothing was saved.
	return (await storage()).loadImports().catch(() => []);
}

/** The saved journeys, through the same validator as a new import, next to the ids in `taken`. */
export async function restoreSaved(
	taken: TakenIds
): Promise<{ restored: ImportedJourney[]; issues: ImportIssue[] }> {
	const saved = await loadSaved();
	if (saved.length === 0) return { restored: [], issues: [] };
	const { restoreAll } = await import('$lib/import/restore');
	return restoreAll(
		saved.map((s) => s.record?.journey),
		taken,
		saved.map((s) => (typeof s.record?.hash === 'string' ? s.record.hash : undefined))
	);
}

/** The id of the journey saved from this `?import=` link, if one was. */
export async function savedFromLink(link: string): Promise<string | undefined> {
	return (await loadSaved()).find((s) => s.record?.from === link)?.key;
}

/** Downloads the journey as Echelon GeoJSON (`my-trip.echelon.geojson`). */
export function downloadJourney(bundle: JourneyBundle): void {
	const blob = new Blob([JSON.stringify(bundleToGeoJSON(bundle), null, '\t')], {
		type: 'application/geo+json'
	});
	const url = URL.createObjectURL(blob);
	const a = document.createElement('a');
	a.href = url;
	a.download = exportFileName(bundle);
	a.click();
	setTimeout(() => URL.revokeObjectURL(url), 0);
}
