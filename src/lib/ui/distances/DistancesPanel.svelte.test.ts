import { describe, expect, it, vi } from 'vitest';
import { page } from 'vitest/browser';
import { render } from 'vitest-browser-svelte';
import DistancesPanel from '../DistancesPanel.svelte';
import { buildDistanceView } from '$lib/journey/distance-view';
import { tinyGeodata } from '$lib/journey/fixtures/tiny-geodata';
import { haversineKm, KM_PER_DEGREE } from '$lib/journey/fixtures/haversine';
import { tinyControl } from '$lib/journey/fixtures/tiny-control';

// The tiny journey: 3° along the equator plus two (0,0)–(1,1) diagonals, by hand.
const TOTAL_KM = 3 * KM_PER_DEGREE + 2 * haversineKm([0, 0], [1, 1]);
const whole = (x: number) => new Intl.NumberFormat('en-GB', { maximumFractionDigits: 0 }).format(x);

describe('DistancesPanel', () => {
	const view = buildDistanceView(tinyGeodata());

	it('shows the totals, the claims with their wording, and switches units through its callback', async () => {
		const onunitchange = vi.fn();
		const screen = await render(DistancesPanel, { view, unit: 'km', onunitchange });

		const region = page.getByRole('region', { name: 'Distances' });
		await expect.element(region).toBeVisible();
		await expect
			.element(screen.getByTestId('distance-total-tiny'))
			.toHaveTextContent(`${whole(TOTAL_KM)} km`);
		await expect.element(screen.getByText('“at least a thousand miles”')).toBeVisible();
		await expect.element(screen.getByText('“около 500 верст”')).toBeVisible();
		await expect
			.element(screen.getByTestId('claim-claim-1000-mi'))
			.toHaveTextContent(/The placed trips account for \d+(\.\d)?% of it/);
		await expect
			.element(screen.getByTestId('distance-estimate-tiny'))
			.toHaveTextContent(/Estimate, not a measurement/);

		const unit = page.getByRole('radiogroup', { name: 'Unit' });
		await expect.element(unit.getByRole('radio', { name: 'km' })).toBeChecked();
		await unit.getByRole('radio', { name: 'mi' }).click();
		expect(onunitchange).toHaveBeenCalledWith('mi');

		await screen.rerender({ unit: 'mi' });
		await expect
			.element(screen.getByTestId('distance-total-tiny'))
			.toHaveTextContent(`${whole(TOTAL_KM / 1.609344)} mi`);
		await screen.rerender({ unit: 'verst' });
		await expect
			.element(screen.getByTestId('distance-total-tiny'))
			.toHaveTextContent(`${whole(TOTAL_KM / 1.0668)} versts`);
	});

	it('loads the chart when it mounts and draws the claims as reference lines', async () => {
		const screen = await render(DistancesPanel, { view, unit: 'km', onunitchange: () => {} });
		const chart = screen.getByTestId('distances-chart-tiny');
		await expect
			.element(chart.getByRole('img', { name: /Cumulative distance of Tiny journey/ }))
			.toBeVisible();
		await expect.element(chart.getByText('at least 1,000 mi')).toBeInTheDocument();
	});

	it('hangs a copy under its origin, without a share of its own, and counts the figure once', async () => {
		const data = tinyGeodata();
		const meta = data.journeys[0]!.meta;
		const [miles] = meta.claims;
		meta.claims.push({
			...miles!,
			id: 'copy-1609-km',
			value: 1609,
			unit: 'km',
			wording: 'at least 1,609 km',
			derivesFrom: { claim: 'claim-1000-mi', how: 'converts', reasoning: 'The same miles in km.' }
		});
		const screen = await render(DistancesPanel, {
			view: buildDistanceView(data),
			unit: 'km',
			onunitchange: () => {}
		});
		const origin = screen.getByTestId('claim-claim-1000-mi');
		const copy = origin.getByTestId('claim-copy-1609-km');
		await expect.element(copy).toHaveTextContent(/Converted to km by .*: at least 1,609 km/);
		await expect.element(copy).toHaveTextContent('The same miles in km.');
		await expect.element(copy).not.toHaveTextContent(/account for/);
		await expect
			.element(screen.getByTestId('claims-count-tiny'))
			.toHaveTextContent('2 independent figures (3 published; 1 repeats or converts another)');
	});

	it('offers a close button only when asked', async () => {
		const onclose = vi.fn();
		const screen = await render(DistancesPanel, {
			view,
			unit: 'km',
			onunitchange: () => {},
			onclose
		});
		await screen.getByRole('button', { name: 'Close distances' }).click();
		expect(onclose).toHaveBeenCalledOnce();
	});

	it('charts how close to the front the journey worked, with the median in words and a table', async () => {
		const withFront = buildDistanceView({ ...tinyGeodata(), control: tinyControl() });
		const front = withFront.journeys[0]!.front!;
		const screen = await render(DistancesPanel, {
			view: withFront,
			unit: 'km',
			onunitchange: () => {}
		});
		const section = screen.getByRole('region', {
			name: 'How close to the front Tiny journey worked'
		});
		await expect
			.element(section.getByTestId('front-median-tiny'))
			.toHaveTextContent(
				`Median distance to the nearest place held by the other side: ${whole(front.medianKm!)} km`
			);
		await expect
			.element(section.getByRole('img', { name: /Distance from each stop of Tiny journey/ }))
			.toBeVisible();
		await expect
			.element(section.getByText(`median ${whole(front.medianKm!)} km`))
			.toBeInTheDocument();
		await section.getByText('Every stop and the nearest place held by the other side').click();
		const rows = section.getByTestId('front-table-tiny').getByRole('row');
		await expect
			.element(rows.nth(2))
			.toHaveTextContent(/2 February 1919\s*gamma\s*White-held DELTA\s*111/);
		expect(rows.elements()).toHaveLength(front.points.length + 1);
	});

	it('says the front chart covers the Civil War only for a journey outside it', async () => {
		const screen = await render(DistancesPanel, { view, unit: 'km', onunitchange: () => {} });
		await expect
			.element(screen.getByTestId('front-none-tiny'))
			.toHaveTextContent(/charted for the Civil War only/);
	});
});
