import { describe, expect, it, vi } from 'vitest';
import { page } from 'vitest/browser';
import { render } from 'vitest-browser-svelte';
import Itinerary from './Itinerary.svelte';
import { tinyGeodata, tinyJourney } from '$lib/journey/fixtures/tiny-geodata';
import { buildJourneyIndex } from '$lib/journey/journey-index';

const journey = tinyJourney();
const index = buildJourneyIndex(journey);
const places = Object.fromEntries(tinyGeodata().places.map((p) => [p.id, p.properties]));
places.gamma = { ...places.gamma!, name: 'Tsaritsyn', modernName: 'Volgograd' };

describe('Itinerary', () => {
	it('lists the stops by trip, marks the reached and the selected one, and selects on click', async () => {
		const onselect = vi.fn();
		const screen = await render(Itinerary, {
			journey,
			index,
			places,
			selectedStopId: journey.stops[1]!.id,
			reached: 1,
			onselect
		});
		await expect.element(page.getByRole('status')).toHaveTextContent('6 of 6 stops');
		await expect.element(page.getByRole('heading', { name: /Trip 1/ })).toBeVisible();
		const selected = screen.container.querySelector('[aria-current="true"]');
		expect(selected?.getAttribute('data-stop')).toBe(journey.stops[1]!.id);
		expect(screen.container.querySelectorAll('li.reached').length).toBe(2);
		await page.getByRole('button', { name: /^delta,/ }).click();
		expect(onselect).toHaveBeenCalledWith(journey.stops[2]!.id);
	});

	it('finds a stop by its modern name and filters by grade', async () => {
		await render(Itinerary, {
			journey,
			index,
			places,
			selectedStopId: null,
			reached: -1,
			onselect: () => {}
		});
		await page.getByRole('searchbox', { name: 'Search places' }).fill('volgograd');
		await expect.element(page.getByRole('status')).toHaveTextContent('2 of 6 stops');
		await expect.element(page.getByRole('button', { name: /^Tsaritsyn,/ }).first()).toBeVisible();
		await page.getByRole('searchbox', { name: 'Search places' }).fill('');
		await page.getByRole('combobox', { name: 'Grade' }).selectOptions('Reconstructed');
		await expect.element(page.getByRole('status')).toHaveTextContent('0 of 6 stops');
		await expect.element(page.getByText('No stop matches')).toBeVisible();
	});
});
