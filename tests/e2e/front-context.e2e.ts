// The war in context, against the real data and the built app: the stop panel says who held Sviyazhsk
// in August 1918 and how far the other side was (White-held Kazan), fetching who held what only when
// a stop of the Civil War is opened; the Distances panel charts how close to the front the train
// worked, with the median the CLI computes stated in words; axe finds nothing with either open.
import { execFileSync } from 'node:child_process';
import { expect, test, type Page } from '@playwright/test';
import type { DistanceView } from '../../src/lib/journey/distance-view';
import { formatDistance } from '../../src/lib/format/distance-format';
import { axeViolations, waitForMapIdle, watchPage } from './helpers';

const controlRequests = (page: Page) => {
	const urls: string[] = [];
	page.on('request', (r) => {
		if (/\/data\/control(-sources)?\.json$/.test(new URL(r.url()).pathname)) urls.push(r.url());
	});
	return urls;
};

test.describe('the war in context', () => {
	test('the stop panel says who held Sviyazhsk in August 1918 and how near White Kazan was', async ({
		page
	}) => {
		const watch = await watchPage(page);
		const fetched = controlRequests(page);
		await page.goto('/?unit=km');
		await waitForMapIdle(page);
		expect(fetched, 'who held what is not part of the first view').toEqual([]);

		await page.goto('/?unit=km&stop=1918-08-10-sviyazhsk_stn');
		const panel = page.getByTestId('stop-panel');
		await expect(panel.getByRole('heading', { level: 2 })).toHaveText('Sviyazhsk station');
		const front = panel.getByTestId('stop-front');
		await expect(
			front.getByRole('heading', { name: 'Who held it on 10 August 1918' })
		).toBeVisible();
		await expect(front.getByTestId('stop-holder')).toHaveText(/^Red, since .*1918/);
		await expect(front.getByTestId('stop-nearest')).toHaveText(
			/^Nearest place held by the other side: White-held Kazan, \d+(\.\d)? km away\.$/
		);
		await expect(front.getByText(/An approximation of the front, not a front line/)).toBeVisible();
		await expect(front.getByText(/^Sources:/)).toBeVisible();
		expect(fetched.length).toBeGreaterThan(0);

		expect(await axeViolations(page)).toEqual([]);
		expect(watch.errors).toEqual([]);
		expect(watch.offsite).toEqual([]);
	});

	test('the Distances panel charts how close to the front the train worked, with its median', async ({
		page
	}) => {
		const view = JSON.parse(
			execFileSync('node_modules/.bin/tsx', ['scripts/distances.ts', '--json'], {
				encoding: 'utf8'
			})
		) as DistanceView;
		const medianKm = view.journeys.find((j) => j.id === 'train')?.front?.medianKm;
		expect(medianKm, 'npm run distances -- --json gives the train a median').toBeDefined();

		const watch = await watchPage(page);
		await page.goto('/?unit=km');
		await page.getByRole('button', { name: 'Distances', exact: true }).click();
		const panel = page.getByRole('region', { name: 'Distances' });
		const section = panel.getByRole('region', {
			name: "How close to the front Trotsky's train worked"
		});
		await expect(section.getByTestId('front-median-train')).toHaveText(
			new RegExp(
				`^Median distance to the nearest place held by the other side: ${formatDistance(medianKm!, 'km')}, over the \\d+ stops from`
			)
		);
		await expect(
			section.getByRole('img', { name: /Distance from each stop of Trotsky's train/ })
		).toBeVisible();
		await expect(section.getByText(`median ${formatDistance(medianKm!, 'km')}`)).toBeAttached();
		await expect(panel.getByTestId('front-none-exile')).toHaveText(/Civil War only/);

		expect(await axeViolations(page)).toEqual([]);
		expect(watch.errors).toEqual([]);
		expect(watch.offsite).toEqual([]);
	});
});
