import { beforeEach, describe, expect, it, vi } from 'vitest';
import { page } from 'vitest/browser';
import { render } from 'vitest-browser-svelte';
import StopContext from './StopContext.svelte';
import { tinyGeodata, tinyJourney } from '$lib/journey/fixtures/tiny-geodata';
import { tinyControl } from '$lib/journey/fixtures/tiny-control';
import { fetchControl, fetchControlSources } from '$lib/data/lazy-data';

// Who held what comes from the tiny world, never from the network.
vi.mock('$lib/data/lazy-data', () => ({
	fetchControl: vi.fn(),
	fetchControlSources: vi.fn()
}));

const data = tinyGeodata();
const [srcA, srcB] = data.sources;
const stops = tinyJourney().stops;
const show = (
	stopIndex: number,
	placeName: string,
	date: string,
	unit: 'km' | 'mi' = 'km',
	sources = { 'src-a': srcA! }
) => render(StopContext, { stop: stops[stopIndex]!, placeName, date, sources, unit });

describe('StopContext', () => {
	beforeEach(() => {
		vi.mocked(fetchControl).mockResolvedValue({
			type: 'FeatureCollection',
			features: tinyControl()
		});
		// The control's sources arrive with it; the journey's own come from the page.
		vi.mocked(fetchControlSources).mockResolvedValue({ 'src-b': srcB! });
	});

	it('says who held the place, since when, on what evidence, and the nearest other side', async () => {
		await show(1, 'Gamma', '1919-02-02'); // Red; White delta 1° east
		await expect
			.element(page.getByRole('heading', { name: 'Who held it on 2 February 1919' }))
			.toBeVisible();
		await expect
			.element(page.getByTestId('stop-holder'))
			.toHaveTextContent(/^Red, since before 1 August 1918/);
		await expect
			.element(page.getByTestId('stop-holder-evidence'))
			.toHaveTextContent(/Documented.*Sources: A\. Author, Book A/);
		await expect.element(page.getByText(/Book A/)).toBeVisible();
		await expect
			.element(page.getByTestId('stop-nearest'))
			.toHaveTextContent('Nearest place held by the other side: White-held DELTA, 111 km away.');
		await expect
			.element(page.getByText(/An approximation of the front, not a front line/))
			.toBeVisible();
	});

	it('gives both readings where the change is dated within a window, with the sources of each', async () => {
		await show(2, 'Delta', '1919-02-04'); // Red from c. 3 Feb (between 2 and 5 Feb)
		await expect
			.element(page.getByTestId('stop-holder'))
			.toHaveTextContent(/^Red, since c\. 3 February 1919/);
		await expect.element(page.getByText(/Or still White \(Komuch\)/)).toBeVisible();
		await expect.element(page.getByText(/Sources disagree:/)).toBeVisible();
		await expect.element(page.getByText(/Book B/).first()).toBeVisible();
	});

	it('says plainly when a place has no record', async () => {
		await show(4, 'Beta', '1919-03-02', 'mi');
		await expect
			.element(page.getByTestId('stop-holder'))
			.toHaveTextContent('No control record for Beta');
		await expect
			.element(page.getByTestId('stop-nearest'))
			.toHaveTextContent(/White-held OUTPOST, \d+ mi away/);
	});

	it('shows a clear error when who held what cannot be loaded', async () => {
		vi.mocked(fetchControl).mockRejectedValue(
			new Error('/data/control.json could not be loaded (HTTP 503)')
		);
		await show(1, 'Gamma', '1919-02-02');
		await expect
			.element(page.getByRole('alert'))
			.toHaveTextContent(/could not be loaded \(.*HTTP 503\)/);
	});
});
