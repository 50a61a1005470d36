import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { clickHeaderTool, waitForMapIdle, watchPage } from './helpers';

// "Print itinerary": the handout printed to PDF (page.pdf, Chromium's own print) on A4 and Letter,
// its text read back with pdftotext (poppler-utils, installed by .ci/run).

test('Print itinerary prints the trip with dates, grades and full citations on A4 and Letter', async ({
	page
}) => {
	const watch = await watchPage(page);
	await page.goto('/?journey=train&stop=1918-08-10-sviyazhsk_stn');
	await waitForMapIdle(page);
	// The browser's print dialog is not ours to test: record the call instead of opening it.
	await page.evaluate(() => {
		window.print = () => document.body.setAttribute('data-printed', 'yes');
	});
	await clickHeaderTool(page, 'Export');
	await page.getByRole('combobox', { name: /^Print/ }).selectOption('trip');
	await page.getByRole('button', { name: 'Print itinerary' }).click();
	await expect(page.locator('body')).toHaveAttribute('data-printed', 'yes');
	const handout = page.getByTestId('print-handout');
	await expect(handout).toBeAttached();
	const firstStop = (await handout.locator('.stops li').first().textContent())!;

	const dir = mkdtempSync(join(tmpdir(), 'echelon-print-'));
	for (const format of ['A4', 'Letter'] as const) {
		const path = join(dir, `${format}.pdf`);
		writeFileSync(path, await page.pdf({ format, printBackground: true }));
		const text = execFileSync('pdftotext', ['-layout', path, '-'], { encoding: 'utf8' });
		const pages = Number(
			execFileSync('pdfinfo', [path], { encoding: 'utf8' }).match(/Pages:\s+(\d+)/)?.[1]
		);
		expect(pages).toBeGreaterThan(0);
		expect(text).toContain("Trotsky's train");
		expect(text).toContain('Sviyazhsk');
		expect(text).toMatch(/documented|probable|reconstructed/);
		expect(text).toContain('Sources');
		// The app itself is not printed, only the handout.
		expect(text).not.toContain('Export');
		expect(firstStop).toMatch(/1918/);
		// Lines in the PDF wrap; compare the words of the first stop's date.
		expect(text.replace(/\s+/g, ' ')).toContain(firstStop.split('·')[0]!.trim());
	}
	expect(watch.errors).toEqual([]);
});
