import { describe, expect, it } from 'vitest';
import { figureLayout, niceScale } from './figure';
import { figureText, topSources, type ViewState } from './figure-text';
import { onDay, placeFeature, stopFeature } from '$lib/journey/fixtures/features';
import { dayNumber } from '$lib/journey/days';
import type { Source } from '$lib/journey/schema';

const source = (id: string, author: string): Source => ({
	id,
	author,
	title: `Book of ${author}`,
	year: 1930,
	language: 'en',
	kind: 'book'
});
const view: ViewState = {
	journey: {
		meta: {
			id: 'train',
			title: 'The train',
			summary: 's',
			period: { start: onDay('1918-08-08'), end: onDay('1918-09-01') },
			region: { bbox: [30, 50, 50, 60] },
			trips: [],
			claims: []
		},
		stops: [
			stopFeature('1918-08-08-a', [37, 55], {
				place: 'a',
				trip: 1,
				depart: onDay('1918-08-08'),
				sources: ['x', 'y']
			}),
			stopFeature('1918-08-10-b', [48, 55], {
				place: 'b',
				trip: 1,
				arrive: onDay('1918-08-10'),
				sources: ['y']
			}),
			stopFeature('1918-08-20-c', [49, 55], {
				place: 'c',
				trip: 1,
				arrive: onDay('1918-08-20'),
				sources: ['z', 'z2']
			})
		],
		legs: []
	},
	others: [],
	tDay: dayNumber('1918-08-12'),
	reached: 1,
	places: {
		a: placeFeature('a', [37, 55], { name: 'Moscow', modernName: 'Moscow' }).properties,
		b: placeFeature('b', [48, 55], { name: 'Sviyazhsk', modernName: 'Sviyazhsk' }).properties
	},
	sources: { x: source('x', 'Trotsky'), y: source('y', 'Smele'), z: source('z', 'Later') },
	link: 'https://example.org/?journey=train'
};

describe('figure', () => {
	it('the scale bar is a round length that fits', () => {
		for (const kmPerPx of [0.013, 0.9, 2.5, 7, 140]) {
			const { km, px } = niceScale(kmPerPx, 200);
			expect(px).toBeLessThanOrEqual(200);
			expect(px).toBeGreaterThan(200 / 5);
			expect(String(km / 10 ** Math.floor(Math.log10(km)))).toMatch(/^[125]$/);
		}
	});

	it('bands and type grow with the width', () => {
		const small = figureLayout(1280);
		const big = figureLayout(3840);
		expect(big.font).toBeGreaterThan(small.font);
		expect(big.top + big.bottom).toBeGreaterThan(small.top + small.bottom);
	});
});

describe('figure text', () => {
	it('cites the sources of the stops reached so far, most cited first', () => {
		expect(topSources(view, 5).map((s) => s.id)).toEqual(['y', 'x']);
	});

	it('says the date, the place reached, the title and where the full citations are', () => {
		const text = figureText(view);
		expect(text.title).toBe('The train');
		expect(text.when).toBe('12 August 1918 · Sviyazhsk');
		expect(text.citation).toContain('Smele, Book of Smele (1930)');
		expect(text.citation).toContain(view.link);
		expect(text.legend[0]).toMatchObject({ label: 'The train', kind: 'line' });
	});
});
