// The Distances panel against the real data: it shows the same totals as `npm run distances -- --json`
// (so the CLI and the panel agree to the kilometre), every whole-journey claim with its wording (a copy
// under its origin, counted once), a chart loaded only when the panel opens, and a unit switch kept in
// the URL as ?unit=.
import { execFileSync } from 'node:child_process';
import { expect, test, type Page } from '@playwright/test';
import type { DistanceView } from '../../src/lib/journey/distance-view';
import type { DistanceUnit } from '../../src/lib/journey/distance-units';
import { formatDistance } from '../../src/lib/format/distance-format';
import { independentCountWords } from '../../src/lib/format/claims';
import { groupClaims } from '../../src/lib/journey/claim-origins';
import { clickHeaderTool, watchPage } from './helpers';

function cliView(): DistanceView {
	const out = execFileSync('node_modules/.bin/tsx', ['scripts/distances.ts', '--json'], {
		encoding: 'utf8'
	});
	return JSON.parse(out) as DistanceView;
}

async function openDistances(page: Page) {
	await clickHeaderTool(page, 'Distances');
	const panel = page.getByRole('region', { name: 'Distances' });
	await expect(panel).toBeVisible();
	return panel;
}

test.describe('the Distances panel', () => {
	const view = cliView();
	const train = view.journeys.find((j) => j.id === 'train');
	const exile = view.journeys.find((j) => j.id === 'exile');

	test('shows the CLI totals and every claim, then follows the unit switch into the URL', async ({
		page
	}) => {
		expect(train && exile, 'both journeys in npm run distances -- --json').toBeTruthy();
		if (!train || !exile) return;
		const watch = await watchPage(page);
		await page.goto('/');
		const panel = await openDistances(page);

		const shows = async (unit: DistanceUnit) => {
			await expect(panel.getByTestId('distance-total-train')).toHaveText(
				formatDistance(train.lengthKm, unit)
			);
			await expect(panel.getByTestId('distance-great-circle-train')).toHaveText(
				formatDistance(train.greatCircleKm, unit)
			);
			await expect(panel.getByTestId('distance-total-exile')).toHaveText(
				formatDistance(exile.lengthKm, unit)
			);
		};
		// The train's headline claim is "at least 75,000 miles": miles until the reader chooses.
		await expect(
			panel.getByRole('radiogroup', { name: 'Unit' }).getByRole('radio', { name: 'mi' })
		).toBeChecked();
		await shows('mi');
		expect(new URL(page.url()).searchParams.get('unit')).toBeNull();

		const groups = groupClaims(train.claims, (c) => c.claim);
		await expect(panel.getByTestId('claims-count-train')).toHaveText(independentCountWords(groups));
		for (const { origin, derived } of groups) {
			const claim = panel.getByTestId(`claim-${origin.claim.id}`);
			await expect(claim).toContainText(origin.claim.wording);
			await expect(claim).toContainText(/The placed trips account for \d+(\.\d)?% of it/);
			for (const { item } of derived) {
				const copy = claim.getByTestId(`claim-${item.claim.id}`);
				await expect(copy).toContainText(item.claim.wording);
				await expect(copy).toContainText(/^\s*(Repeated|Converted to \w+) by/);
				await expect(copy).not.toContainText('account for');
			}
		}
		await expect(panel.getByTestId('distance-estimate-train')).toContainText(
			`${train.extrapolation?.tripCount} trips × the mean placed trip`
		);

		const unit = panel.getByRole('radiogroup', { name: 'Unit' });
		await unit.getByRole('radio', { name: 'km' }).check();
		await expect(page).toHaveURL(/[?&]unit=km\b/);
		await shows('km');
		await unit.getByRole('radio', { name: 'versts' }).check();
		await expect(page).toHaveURL(/[?&]unit=versts?\b/);
		await shows('verst');

		expect(watch.errors).toEqual([]);
		expect(watch.offsite).toEqual([]);
	});

	test('restores the unit from the URL', async ({ page }) => {
		if (!train) throw new Error('no train in npm run distances -- --json');
		await page.goto('/?unit=mi');
		const panel = await openDistances(page);
		await expect(panel.getByRole('radio', { name: 'mi' })).toBeChecked();
		await expect(panel.getByTestId('distance-total-train')).toHaveText(
			formatDistance(train.lengthKm, 'mi')
		);
	});

	test('loads the chart library only when the panel opens', async ({ page }) => {
		// "plot-d6a7b5" is Observable Plot's default class name (its src/style.js): a string only its code has.
		const scripts: { url: string; plot: Promise<boolean> }[] = [];
		page.on('response', (r) => {
			if (r.request().resourceType() === 'script') {
				scripts.push({
					url: r.url(),
					plot: r.text().then((t) => t.includes('plot-d6a7b5'))
				});
			}
		});
		await page.goto('/');
		await expect(page.getByRole('button', { name: 'Distances', exact: true })).toBeVisible();
		await page.waitForLoadState('networkidle');
		const firstView = scripts.length;
		expect(await Promise.all(scripts.map((s) => s.plot))).not.toContain(true);

		const panel = await openDistances(page);
		await expect(
			panel.getByRole('img', { name: "Cumulative distance of Trotsky's train" })
		).toBeVisible();
		const later = await Promise.all(scripts.slice(firstView).map((s) => s.plot));
		expect(later).toContain(true);
	});
});
