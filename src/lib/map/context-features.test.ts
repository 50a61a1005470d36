// The network filter and the holder colours evaluated by MapLibre's own expression engine (its style
// specification package, the code the map runs), against the core's answers.
import { describe, expect, it } from 'vitest';
import {
	createPropertyExpression,
	featureFilter,
	latest,
	validateStyleMin,
	type StylePropertySpecification,
	type StyleSpecification
} from '@maplibre/maplibre-gl-style-spec';
import { dayNumber, isoFromDayNumber } from '$lib/journey/days';
import {
	controlChange,
	controlFeature,
	onDay,
	sectionFeature
} from '$lib/journey/fixtures/features';
import { tinyNetwork } from '$lib/journey/fixtures/tiny-geodata';
import { stepStart } from '$lib/journey/partition-point';
import { isSectionOpen } from '$lib/journey/routing';
import { HOLDERS } from '$lib/journey/schema-control';
import { frontFeatures, networkChangeDays, networkFeatures, openOnDay } from './context-features';
import {
	FRONT,
	FRONT_LAYER,
	HOLDER_COLOR,
	HOLDER_COLOR_EXPRESSION,
	HOLDER_STROKE_EXPRESSION,
	NETWORK_LAYERS
} from './context-styles';
import { SOURCE } from './layer-styles';

// The tiny network (one section opens 1919-01-01, one 1920-07-01, one closed 1915) and a spur.
const sections = [
	...tinyNetwork(),
	sectionFeature(
		'S-S1-alpha',
		[
			[0, 0],
			[0.01, 0]
		],
		{ stations: ['alpha'], opened: onDay('1900-01-01') }
	)
];
const drawn = networkFeatures(sections).features;
const evaluate = (filter: ReturnType<typeof openOnDay>) => {
	const f = featureFilter(filter, 'layers[0].filter');
	return drawn
		.filter((d) => f.filter({ zoom: 5 }, { type: 2, properties: { ...d.properties } }))
		.map((d) => d.properties.id);
};

describe('the drawn network', () => {
	it('leaves out the notional links (they are not railways)', () => {
		expect(drawn.map((d) => d.properties.id)).toEqual(['S1', 'S2', 'S3', 'S4', 'S5']);
	});

	it('shows on each day exactly the sections the router may use then', () => {
		for (let day = dayNumber('1914-12-30'); day <= dayNumber('1920-07-03'); day += 3) {
			const iso = isoFromDayNumber(day);
			const open = sections
				.filter((s) => !s.id.startsWith('S-') && isSectionOpen(s, iso))
				.map((s) => s.id);
			expect(evaluate(openOnDay(day)), iso).toEqual(open);
		}
	});

	it('changes only on an opening or closing day, so its filter is set only then', () => {
		const changes = networkChangeDays(sections);
		expect(changes.map(isoFromDayNumber)).toEqual([
			'1900-01-01',
			'1915-01-01',
			'1919-01-01',
			'1920-07-01'
		]);
		// Any day of a step shows what the step's first day shows.
		for (const iso of ['1918-12-31', '1919-01-01', '1919-06-15', '1921-01-01']) {
			const day = dayNumber(iso) + 0.5;
			expect(evaluate(openOnDay(stepStart(changes, day)))).toEqual(evaluate(openOnDay(day)));
		}
	});
});

describe('the front', () => {
	const colorOf = (holder: string | undefined, expression = HOLDER_COLOR_EXPRESSION) => {
		const e = createPropertyExpression(
			expression,
			'layers[0].paint.circle-color',
			// The reference's JSON types its `type` as a string; it is the circle-color specification.
			latest.paint_circle['circle-color'] as StylePropertySpecification
		);
		if (e.result !== 'success') throw new Error(JSON.stringify(e.value));
		const c = e.value.evaluate({ zoom: 5 }, { type: 1, properties: {} }, { holder }) as {
			r: number;
			g: number;
			b: number;
		};
		const hex = (v: number) =>
			Math.round(v * 255)
				.toString(16)
				.padStart(2, '0');
		return `#${hex(c.r)}${hex(c.g)}${hex(c.b)}`;
	};

	it('draws each holder in its own colour, and a place not yet given one as unknown', () => {
		for (const holder of HOLDERS) expect(colorOf(holder), holder).toBe(HOLDER_COLOR[holder]);
		expect(colorOf(undefined)).toBe(HOLDER_COLOR.unknown);
		expect(new Set(Object.values(HOLDER_COLOR)).size).toBe(HOLDERS.length);
		expect(FRONT_LAYER.paint?.['circle-color']).toBe(HOLDER_COLOR_EXPRESSION);
		// The ring: the holder's colour, grey for white.
		expect(colorOf('white', HOLDER_STROKE_EXPRESSION)).toBe(FRONT.whiteStroke);
		expect(colorOf('red', HOLDER_STROKE_EXPRESSION)).toBe(HOLDER_COLOR.red);
	});

	it('has one point per place, named', () => {
		const control = [controlFeature('kazan', [49.12, 55.79], [controlChange('1918-08-01', 'red')])];
		expect(frontFeatures(control).features).toEqual([
			{
				type: 'Feature',
				geometry: { type: 'Point', coordinates: [49.12, 55.79] },
				properties: { id: 'kazan', name: 'KAZAN' }
			}
		]);
	});
});

describe('the layer specifications', () => {
	it('are valid MapLibre style layers', () => {
		const empty = { type: 'geojson', data: { type: 'FeatureCollection', features: [] } };
		const style = {
			version: 8,
			sources: { [SOURCE.network]: empty, [SOURCE.front]: empty },
			layers: [...NETWORK_LAYERS, FRONT_LAYER]
		};
		expect(validateStyleMin(style as StyleSpecification).map((e) => e.message)).toEqual([]);
	});
});
