import { describe, expect, it, vi } from 'vitest';
import { page } from 'vitest/browser';
import { render } from 'vitest-browser-svelte';
import SectionPanel from './SectionPanel.svelte';
import { sectionFeature } from '$lib/journey/fixtures/features';
import { tinyGeodata } from '$lib/journey/fixtures/tiny-geodata';

const sources = Object.fromEntries(tinyGeodata().sources.map((s) => [s.id, s]));
const section = sectionFeature(
	'R01a',
	[
		[37.6, 55.7],
		[30.3, 59.9]
	],
	{
		name: 'Nikolaev railway: Moscow – Petrograd',
		localName: 'Николаевская железная дорога',
		stations: ['moscow', 'tosno', 'petrograd'],
		opened: { date: '1851-11-13', precision: 'day' },
		computedLengthKm: 648.7,
		publishedLength: { value: 604, unit: 'verst', sources: ['src-b'] },
		publishedLengthKm: 644.3,
		lengthScale: { factor: 0.9932, by: 'R01a' },
		grade: 'documented',
		sources: ['src-a'],
		notes: [{ kind: 'caution', text: 'Drawn through its stations only.', sources: ['src-a'] }]
	}
);
const stationNames = { moscow: 'Moscow', petrograd: 'Petrograd' };

describe('SectionPanel', () => {
	it('shows the names, stations, dates, both lengths, the factor, the grade and the sources', async () => {
		await render(SectionPanel, { section, stationNames, sources, onclose: () => {} });
		await expect
			.element(page.getByRole('heading', { level: 2 }))
			.toHaveTextContent('Nikolaev railway: Moscow – Petrograd');
		await expect.element(page.getByText('Николаевская железная дорога')).toBeVisible();
		const facts = page.getByTestId('section-facts');
		// A station without a name in the table keeps its id.
		await expect.element(facts).toHaveTextContent('Moscow – tosno – Petrograd');
		await expect.element(facts).toHaveTextContent(/13 November 1851 \(exact day\)/);
		await expect.element(facts).toHaveTextContent(/649 km/);
		await expect.element(facts).toHaveTextContent(/604 versts = 644 km \(.*Book B/);
		await expect.element(page.getByTestId('length-scale')).toHaveTextContent(/0\.993 km/);
		await expect
			.element(page.getByTestId('length-scale'))
			.toHaveTextContent(/its published length/);
		await expect.element(page.getByText(/Documented/)).toBeVisible();
		await expect.element(page.getByTestId('section-sources')).toHaveTextContent(/Book A/);
	});

	it('says a length from today’s km posts is not a published or period one', async () => {
		const posts = structuredClone(section);
		delete posts.properties.publishedLength;
		delete posts.properties.publishedLengthKm;
		posts.properties.lengthScale = { factor: 1.217, by: 'L-kmposts-r01a', basis: 'km-posts' };
		await render(SectionPanel, { section: posts, stationNames, sources, onclose: () => {} });
		const scale = page.getByTestId('length-scale');
		await expect.element(scale).toHaveTextContent(/1\.217 km/);
		await expect.element(scale).toHaveTextContent(/today's km posts, not a period length/);
		await expect.element(scale).not.toHaveTextContent(/published/);
	});

	it('says when a section closed, and closes through its callback', async () => {
		const onclose = vi.fn();
		const closed = structuredClone(section);
		closed.properties.closed = { date: '1919-03-01', precision: 'month' };
		await render(SectionPanel, { section: closed, stationNames, sources, onclose });
		await expect.element(page.getByTestId('section-facts')).toHaveTextContent(/March 1919/);
		await page.getByRole('button', { name: 'Close section details' }).click();
		expect(onclose).toHaveBeenCalledOnce();
	});
});
