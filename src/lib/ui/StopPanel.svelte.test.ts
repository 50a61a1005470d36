import { describe, expect, it, vi } from 'vitest';
import { page } from 'vitest/browser';
import { render } from 'vitest-browser-svelte';
import StopPanel from './StopPanel.svelte';
import { tinyGeodata, tinyJourney } from '$lib/journey/fixtures/tiny-geodata';
import { tinyControl } from '$lib/journey/fixtures/tiny-control';

// Who held what comes from the tiny world, never from the network.
vi.mock('$lib/data/lazy-data', () => ({
	fetchControl: () => Promise.resolve({ type: 'FeatureCollection', features: tinyControl() }),
	fetchControlSources: () => Promise.resolve({})
}));

const journey = tinyJourney();
const data = tinyGeodata();
const places = Object.fromEntries(data.places.map((p) => [p.id, p.properties]));
places.gamma = { ...places.gamma!, name: 'Tsaritsyn', modernName: 'Volgograd' };
const sources = Object.fromEntries(data.sources.map((s) => [s.id, s]));

describe('StopPanel', () => {
	it('shows the place with its modern name, the dates, the trip, the grade and the sources', async () => {
		const stop = structuredClone(journey.stops[1]!);
		stop.properties.notes = [
			{ kind: 'disagreement', text: 'Book B says a day later.', sources: ['src-b'] }
		];
		await render(StopPanel, { journey, stop, places, sources, onclose: () => {} });
		await expect.element(page.getByRole('heading', { level: 2 })).toHaveTextContent('Tsaritsyn');
		await expect.element(page.getByText('Volgograd')).toBeVisible();
		await expect.element(page.getByTestId('stop-dates')).toHaveTextContent(/2 February 1919/);
		await expect.element(page.getByTestId('stop-dates')).toHaveTextContent('T1: Trip 1');
		await expect.element(page.getByText('Sources disagree:')).toBeVisible();
		await expect.element(page.getByTestId('stop-sources')).toHaveTextContent(/Book A/);
	});

	it('shows a BC date with the reading it was converted from', async () => {
		const stop = structuredClone(journey.stops[1]!);
		const note =
			'Given as 1 October 331 BC O.S. in the file (Julian calendar, Old Style); shown in the Gregorian calendar.';
		stop.properties.arrive = { date: '-0330-09-26', precision: 'day', note };
		delete stop.properties.depart;
		await render(StopPanel, { journey, stop, places, sources, onclose: () => {} });
		const dates = page.getByTestId('stop-dates');
		await expect.element(dates).toHaveTextContent(/Arrived\s*26 September 331 BC\s*\(exact day\)/);
		await expect.element(dates).toHaveTextContent(note);
	});

	it('closes through its callback', async () => {
		const onclose = vi.fn();
		await render(StopPanel, { journey, stop: journey.stops[0]!, places, sources, onclose });
		await page.getByRole('button', { name: 'Close stop details' }).click();
		expect(onclose).toHaveBeenCalledOnce();
	});

	it('says who held the place on the day for a stop of the Civil War, and not for a later one', async () => {
		const stop = journey.stops[1]!;
		const screen = await render(StopPanel, { journey, stop, places, sources, onclose: () => {} });
		await expect
			.element(page.getByTestId('stop-front'))
			.toHaveTextContent(/Who held it on 2 February 1919.*Red, since/);
		const later = structuredClone(stop);
		later.properties.arrive = { date: '1929-02-12', precision: 'day' };
		delete later.properties.depart;
		await screen.rerender({ stop: later });
		await expect.element(page.getByTestId('stop-dates')).toHaveTextContent(/1929/);
		await expect.element(page.getByTestId('stop-front')).not.toBeInTheDocument();
	});
});
