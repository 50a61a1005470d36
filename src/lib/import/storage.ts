/**
 * Imported journeys are kept in this browser's IndexedDB (nothing is uploaded): one record per
 * journey, as Echelon GeoJSON, restored in the order they were imported. What comes back is re-read by
 * the same validator as a fresh file (see `restoreImport`).
 */
import { createStore, del, entries, set, type UseStore } from 'idb-keyval';
import { bundleToGeoJSON, type JourneyBundle } from './bundle';

export interface SavedImport {
	savedAt: number;
	/** The `?import=` link it came from, so opening the link again does not import it twice. */
	from?: string;
	journey: unknown;
	/** SHA-256 of the imported file's bytes (see import-bytes.ts). */
	hash?: string;
}

let store: UseStore | undefined;
const db = () => (store ??= createStore('echelon', 'imported-journeys'));

export async function saveImport(
	bundle: JourneyBundle,
	from?: string,
	hash?: string
): Promise<void> {
	const record: SavedImport = {
		savedAt: Date.now(),
		...(from && { from }),
		...(hash && { hash }),
		journey: bundleToGeoJSON(bundle)
	};
	await set(bundle.meta.id, record, db());
}

export async function removeImport(journeyId: string): Promise<void> {
	await del(journeyId, db());
}

/** Every saved record, oldest first; records of the wrong shape are returned for the validator to reject. */
export async function loadImports(): Promise<{ key: string; record: SavedImport }[]> {
	const all = await entries<IDBValidKey, SavedImport>(db());
	return all
		.map(([key, record]) => ({ key: String(key), record }))
		.sort((a, b) => (Number(a.record?.savedAt) || 0) - (Number(b.record?.savedAt) || 0));
}
