import { describe, expect, it, vi } from 'vitest';
import { page } from 'vitest/browser';
import { render } from 'vitest-browser-svelte';
import LegPanel from './LegPanel.svelte';
import { tinyGeodata, tinyJourney, tinyNetwork } from '$lib/journey/fixtures/tiny-geodata';

const journey = tinyJourney();
const data = tinyGeodata();
const places = Object.fromEntries(data.places.map((p) => [p.id, p.properties]));
places.gamma = { ...places.gamma!, name: 'Tsaritsyn', modernName: 'Volgograd' };
const sources = Object.fromEntries(data.sources.map((s) => [s.id, s]));
const sections = new Map(tinyNetwork().map((s) => [s.id, s]));

/** alpha → gamma by rail, routed over S3 (which opened on 1 January 1919, a month before). */
function routedLeg() {
	const leg = structuredClone(journey.legs[0]!);
	Object.assign(leg.properties, {
		network: ['S3'],
		via: ['beta'],
		startDate: '1919-02-01',
		reasoning: 'The only line open.',
		notes: [
			{ kind: 'caution', text: 'Drawn through its stations only.', sources: ['src-a'] },
			{ kind: 'disagreement', text: 'Book B has the train go round by beta.', sources: ['src-b'] }
		]
	});
	return leg;
}
const props = (extra = {}) => ({
	journey,
	leg: routedLeg(),
	places,
	sources,
	lengths: { drawnKm: 222.4, lengthKm: 240.2, scaledBy: ['S3'] },
	unit: 'km' as const,
	sections,
	onclose: () => {},
	...extra
});

describe('LegPanel', () => {
	it('shows the ends then and now, dates, mode, how the line was made and its two lengths', async () => {
		await render(LegPanel, props());
		await expect
			.element(page.getByRole('heading', { level: 2 }))
			.toHaveTextContent('alpha → Tsaritsyn');
		await expect.element(page.getByText('Now alpha → Volgograd')).toBeVisible();
		const facts = page.getByTestId('leg-facts');
		await expect.element(facts).toHaveTextContent(/1–2 February 1919/);
		await expect.element(page.getByTestId('leg-mode')).toHaveTextContent('By rail');
		await expect
			.element(page.getByTestId('leg-line'))
			.toHaveTextContent(/Routed on the period rail network\..*passes beta\./);
		await expect.element(page.getByTestId('leg-drawn')).toHaveTextContent('222 km');
		await expect.element(page.getByTestId('leg-counted')).toHaveTextContent('240 km (+8.0%)');
		await expect
			.element(page.getByTestId('leg-length'))
			.toHaveTextContent(/with the known length \(published, or today's km posts\) of S3$/);
		await expect.element(facts).toHaveTextContent('T1: Trip 1');
	});

	it('puts the disagreement first, then the other notes, the sections with their openings and the sources', async () => {
		await render(LegPanel, props());
		await expect.element(page.getByText('Sources disagree about this leg')).toBeVisible();
		const notes = page.getByRole('note').elements();
		expect(notes.map((n) => n.getAttribute('data-kind'))).toEqual(['disagreement', 'caution']);
		await expect.element(page.getByRole('note').first()).toHaveTextContent(/^Sources disagree:/);
		await expect.element(page.getByText('Reasoning:')).toBeVisible();
		await expect
			.element(page.getByTestId('leg-sections'))
			.toHaveTextContent(/S3.*opened 1 January 1919/);
		await expect.element(page.getByRole('listitem').filter({ hasText: 'Book A' })).toBeVisible();
	});

	it('shows the drawn length alone until the distances load, and says the sections are loading', async () => {
		await render(LegPanel, props({ lengths: { drawnKm: 222.4 }, sections: null }));
		await expect.element(page.getByTestId('leg-length')).toHaveTextContent('222 km as drawn');
		expect(page.getByTestId('leg-counted').elements()).toHaveLength(0);
		await expect.element(page.getByRole('status')).toHaveTextContent(/Loading the network/);
	});

	it('flags a section that may not yet have been open on the day, and closes through its callback', async () => {
		const onclose = vi.fn();
		const leg = routedLeg();
		leg.properties.network = ['S4'];
		// Opened somewhere between 1919 and late 1920: perhaps after this leg's day.
		const s4 = structuredClone(sections.get('S4')!);
		s4.properties.opened = {
			date: '1920-07-01',
			precision: 'approx',
			earliest: '1919-01-01',
			latest: '1920-09-30'
		};
		await render(LegPanel, props({ leg, onclose, sections: new Map([['S4', s4]]) }));
		await expect
			.element(page.getByTestId('leg-sections'))
			.toHaveTextContent(/opened between 1 January 1919 and 30 September 1920/);
		await expect
			.element(page.getByText(/May not yet have been open on 1 February 1919/))
			.toBeVisible();
		await page.getByRole('button', { name: 'Close leg details' }).click();
		expect(onclose).toHaveBeenCalledOnce();
	});
});
