import { describe, expect, it, vi } from 'vitest';
import { page } from 'vitest/browser';
import { render } from 'vitest-browser-svelte';
import type { JourneyBundle } from '$lib/import/bundle';
import type { ImportIssue } from '$lib/import/issues';
import ConfirmImport from './ConfirmImport.svelte';
import ImportedList from './ImportedList.svelte';
import ProblemsAlert from './ProblemsAlert.svelte';

const issue = (row: number): ImportIssue => ({
	file: 'trip.csv',
	where: `row ${row}`,
	field: 'date',
	message: 'the date is missing',
	skippable: true
});
/** Only what the pieces read of a journey. */
const bundle = (id: string, title: string, stops: number) =>
	({
		meta: { id, title },
		stops: Array.from({ length: stops }),
		places: []
	}) as unknown as JourneyBundle;

describe('import panel pieces', () => {
	it('lists a refused file’s first 50 problems as text, counts the rest, and dismisses', async () => {
		const ondismiss = vi.fn();
		const issues = Array.from({ length: 52 }, (_, i) => issue(i + 2));
		render(ProblemsAlert, { title: 'trip.csv could not be imported', issues, ondismiss });
		const alert = page.getByTestId('import-alert');
		await expect.element(alert).toHaveRole('alert');
		await expect
			.element(alert)
			.toHaveTextContent('trip.csv could not be imported (52 problems). Nothing was changed.');
		expect(alert.getByRole('listitem').all()).toHaveLength(50);
		await expect.element(alert).toHaveTextContent('…and 2 more.');
		await alert.getByRole('button', { name: 'Dismiss' }).click();
		expect(ondismiss).toHaveBeenCalledOnce();
	});

	it('asks before importing the good stops of a partly bad file', async () => {
		const onkeep = vi.fn();
		const oncancel = vi.fn();
		const result = {
			ok: true as const,
			file: 'trip.csv',
			format: 'csv' as const,
			bundle: bundle('trip', 'trip', 3),
			skipped: [issue(4)]
		};
		render(ConfirmImport, { result, onkeep, oncancel });
		const confirm = page.getByTestId('import-confirm');
		await expect.element(confirm).toHaveTextContent('1 problem in trip.csv.');
		await expect
			.element(confirm.getByRole('listitem'))
			.toHaveTextContent('trip.csv › row 4 › date: the date is missing');
		await confirm.getByRole('button', { name: 'Import the 3 good stops' }).click();
		await confirm.getByRole('button', { name: 'Cancel' }).click();
		expect(onkeep).toHaveBeenCalledOnce();
		expect(oncancel).toHaveBeenCalledOnce();
	});

	it('lists imported journeys with Export and Remove, titles as text', async () => {
		const onexport = vi.fn();
		const onremove = vi.fn();
		const hostile = bundle('x', '<img src=x onerror=alert(1)>', 2);
		const imported = [{ bundle: bundle('walk', 'Crimean walk', 4) }, { bundle: hostile }];
		const screen = render(ImportedList, { imported, onexport, onremove });
		await expect.element(page.getByRole('heading', { name: 'Imported' })).toBeVisible();
		await expect
			.element(page.getByRole('listitem').first())
			.toHaveTextContent(/Crimean walk\s*4 stops/);
		expect(screen.container.querySelector('img')).toBeNull();
		await page.getByRole('button', { name: 'Export Crimean walk' }).click();
		await page.getByRole('button', { name: 'Remove <img src=x onerror=alert(1)>' }).click();
		expect(onexport).toHaveBeenCalledWith(imported[0]!.bundle);
		expect(onremove).toHaveBeenCalledWith(hostile);
	});
});
