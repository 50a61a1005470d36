import { describe, expect, it } from 'vitest';
import { sectionFeature, onDay } from '$lib/journey/fixtures/features';
import { tinyGeodata } from '$lib/journey/fixtures/tiny-geodata';
import type { Source } from '$lib/journey/schema';
import { buildNetworkData } from './network-data';

const source = (id: string): Source => ({
	id,
	author: 'A',
	title: id,
	year: 1920,
	language: 'en',
	kind: 'book'
});

describe('buildNetworkData', () => {
	it('carries the sections with the names of their stations and the sources they cite', () => {
		const geodata = tinyGeodata();
		const cited = sectionFeature(
			'X1',
			[
				[0, 0],
				[1, 1]
			],
			{
				stations: ['alpha', 'beta'],
				opened: onDay('1900-01-01'),
				sources: ['src-section'],
				publishedLength: { value: 100, unit: 'verst', sources: ['src-length'] },
				notes: [{ kind: 'caution', text: 't', sources: ['src-note'] }]
			}
		);
		const sources = ['src-section', 'src-length', 'src-note', 'src-journey'].map(source);
		const data = buildNetworkData({ ...geodata, network: [cited], sources });
		expect(data.type).toBe('FeatureCollection');
		expect(data.features).toEqual([cited]);
		expect(data.stationNames).toEqual({ alpha: 'alpha', beta: 'beta' });
		expect(Object.keys(data.sources).sort()).toEqual(['src-length', 'src-note', 'src-section']);
	});
});
