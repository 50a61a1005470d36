/**
 * Journeys kept in IndexedDB come back through the same validator as a fresh file (storage is input
 * too), with their ids made free again in case the flagship data changed since they were saved.
 */
import type { ImportedJourney } from './bundle';
import type { TakenIds } from './collisions';
import { importedDistanceView } from './distances';
import type { ImportIssue } from './issues';
import { readBundle } from './read-bundle';
import { failed, finish, type ImportResult } from './result';

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

/** Every saved journey that still passes, with its distances; the problems of those that do not. */
export function restoreAll(
	records: readonly unknown[],
	taken: TakenIds,
	hashes: readonly (string | undefined)[] = []
): { restored: ImportedJourney[]; issues: ImportIssue[] } {
	const restored: ImportedJourney[] = [];
	const issues: ImportIssue[] = [];
	for (const [i, raw] of records.entries()) {
		const hash = hashes[i];
		const result = restoreImport(raw, {
			...taken,
			journeyIds: [...taken.journeyIds, ...restored.map((r) => r.bundle.meta.id)]
		});
		if (result.ok) {
			const distances = importedDistanceView(result.bundle);
			restored.push({ bundle: result.bundle, distances, ...(hash && { hash }) });
		} else issues.push(...result.issues);
	}
	return { restored, issues };
}
