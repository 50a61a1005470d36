import { describe, expect, it } from 'vitest';
import { render } from 'vitest-browser-svelte';
import StatusCard from './StatusCard.svelte';
import { dayNumber } from '$lib/journey/days';
import { buildJourneyIndex } from '$lib/journey/journey-index';
import { journeyHeadline } from '$lib/journey/headline';
import { tinyJourney } from '$lib/journey/fixtures/tiny-geodata';
import type { Claim } from '$lib/journey/schema';

/** The tiny journey (1 Feb – 31 Dec 1919) measured against one claim. */
function headlineWith(claim: Partial<Claim>) {
	const journey = tinyJourney();
	journey.meta.claims = [
		{
			id: 'c',
			value: 900,
			unit: 'verst',
			qualifier: 'about',
			wording: 'около 900 верст',
			language: 'ru',
			covers: 'as stated',
			sources: ['src-a'],
			...claim
		}
	];
	return journeyHeadline(journey, buildJourneyIndex(journey));
}
const props = (headline: ReturnType<typeof headlineWith>) => ({
	tDay: dayNumber('1919-02-02'),
	where: { kind: 'nowhere' } as const,
	headline,
	soFarKm: 0,
	unit: 'km' as const,
	distancesOpen: false,
	ondistances: () => {}
});

describe('StatusCard', () => {
	it('gives the share of a claim for the whole journey without a qualifier', async () => {
		const headline = headlineWith({ coverage: { scope: 'journey' } });
		const screen = await render(StatusCard, props(headline));
		await expect
			.element(screen.getByTestId('headline'))
			.toHaveTextContent(/\d+(\.\d)?% of “about 900 versts”\s*Distances/);
	});

	it('says when the claim covers only part of the journey', async () => {
		const headline = headlineWith({
			coverage: { scope: 'journey', from: '1919-01-01', to: '1919-02-28' }
		});
		expect(headline.claim?.coversOnly).toEqual({ from: '1919-01-01', to: '1919-02-28' });
		const screen = await render(StatusCard, props(headline));
		await expect
			.element(screen.getByTestId('headline'))
			.toHaveTextContent(/% of “about 900 versts”\s*— covers: as stated/);
	});
});
