import { describe, expect, it, vi } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import { render } from 'vitest-browser-svelte';
import Itinerary from './Itinerary.svelte';
import { tinyGeodata, tinyJourney } from '$lib/journey/fixtures/tiny-geodata';
import { buildJourneyIndex } from '$lib/journey/journey-index';

const journey = tinyJourney();
const index = buildJourneyIndex(journey);
const places = Object.fromEntries(tinyGeodata().places.map((p) => [p.id, p.properties]));
places.gamma = { ...places.gamma!, name: 'Tsaritsyn', modernName: 'Volgograd' };
const sources = Object.fromEntries(tinyGeodata().sources.map((s) => [s.id, s]));
const base = {
	journey,
	index,
	places,
	sources,
	unit: 'km' as const,
	selectedStopId: null,
	selectedLegId: null,
	reached: -1,
	onselect: () => {},
	onselectleg: () => {}
};

describe('Itinerary', () => {
	it('lists the stops by trip, marks the reached and the selected one, and selects on click', async () => {
		const onselect = vi.fn();
		const screen = await render(Itinerary, {
			...base,
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
		await render(Itinerary, base);
		await page.getByRole('searchbox', { name: 'Search places' }).fill('volgograd');
		await expect.element(page.getByRole('status')).toHaveTextContent('2 of 6 stops');
		await expect.element(page.getByRole('button', { name: /^Tsaritsyn,/ }).first()).toBeVisible();
		await page.getByRole('searchbox', { name: 'Search places' }).fill('');
		await page.getByRole('combobox', { name: 'Grade' }).selectOptions('Reconstructed');
		await expect.element(page.getByRole('status')).toHaveTextContent('0 of 6 stops');
		await expect.element(page.getByText('No stop matches')).toBeVisible();
	});

	it('puts each leg between its two stops, as a button the keyboard opens', async () => {
		const onselectleg = vi.fn();
		const screen = await render(Itinerary, {
			...base,
			selectedLegId: journey.legs[1]!.id,
			onselectleg
		});
		const first = page.getByRole('button', {
			name: /^Leg from alpha to Tsaritsyn, by rail, \d+ km$/
		});
		await expect.element(first).toBeVisible();
		// Four legs join the six stops; none crosses from one trip to the next.
		const rows = [...screen.container.querySelectorAll('[data-stop], [data-leg]')];
		expect(rows.map((r) => (r.hasAttribute('data-leg') ? 'leg' : 'stop'))).toEqual([
			'stop',
			'leg',
			'stop',
			'leg',
			'stop',
			'stop',
			'leg',
			'stop',
			'leg',
			'stop'
		]);
		expect(screen.container.querySelector('[aria-current="true"]')?.getAttribute('data-leg')).toBe(
			journey.legs[1]!.id
		);
		(first.element() as HTMLElement).focus();
		await userEvent.keyboard('{Enter}');
		expect(onselectleg).toHaveBeenCalledWith(journey.legs[0]!.id);
	});

	it('shows no leg whose far stop the filters hide', async () => {
		const screen = await render(Itinerary, base);
		await page.getByRole('searchbox', { name: 'Search places' }).fill('delta');
		await expect.element(page.getByRole('status')).toHaveTextContent('1 of 6 stops');
		expect(screen.container.querySelectorAll('[data-leg]').length).toBe(0);
	});

	it('flags a leg where sources disagree, and shows a trip’s notes, folding long ones', async () => {
		const j = structuredClone(journey);
		j.legs[2]!.properties.notes = [
			{ kind: 'disagreement', text: 'Book B routes it by sea.', sources: ['src-b'] }
		];
		j.meta.trips[0]!.notes = [{ kind: 'caution', text: 'A short note.', sources: ['src-a'] }];
		j.meta.trips[1]!.notes = [
			{ kind: 'caution', text: 'A long note. '.repeat(20), sources: ['src-a'] },
			{ kind: 'disagreement', text: 'Book B dates it a week later.', sources: ['src-b'] }
		];
		await render(Itinerary, { ...base, journey: j });
		await expect.element(page.getByRole('button', { name: /sources disagree$/ })).toBeVisible();
		await expect.element(page.getByText('A short note.')).toBeVisible();
		const fold = page.getByText('Notes (2; sources disagree)');
		await expect.element(fold).toBeVisible();
		await expect.element(page.getByText('Book B dates it a week later.')).not.toBeVisible();
		await fold.click();
		await expect.element(page.getByText('Book B dates it a week later.')).toBeVisible();
	});
});
