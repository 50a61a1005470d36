// The optional map layers in the explorer model (Node): on and off, in the URL, and the rail section
// whose details the side panel shows.
import { describe, expect, it } from 'vitest';
import { onDay, sectionFeature } from '$lib/journey/fixtures/features';
import { tinyJourney } from '$lib/journey/fixtures/tiny-geodata';
import { Explorer } from './explorer.svelte';
import { handleKey } from './keyboard';
import { applyUrl } from './url-sync.svelte';
import { formatUrlState, parseUrlState } from './url-state';

const explorer = () => new Explorer({ journeys: [tinyJourney()], places: {} });
const allowed = { journeys: ['tiny'], speeds: [7] };
const urlOf = (e: Explorer) => (e.urlState ? formatUrlState(e.urlState) : '');
const network = {
	type: 'FeatureCollection' as const,
	features: [
		sectionFeature(
			'R1',
			[
				[0, 0],
				[1, 0]
			],
			{ stations: ['alpha'], opened: onDay('1900-01-01') }
		)
	],
	stationNames: {},
	sources: {}
};

describe('the layers in the URL', () => {
	it.each([
		['layers=network,front', ['network', 'front']],
		['layers=front,network', ['network', 'front']],
		['layers=front,front,borders', ['front']],
		['layers=', []],
		['layers=railways', []]
	])('reads %s as %j', (search, layers) => {
		expect(parseUrlState(search, allowed).layers).toEqual(layers);
	});

	it('opens a shared link with its layers on, and writes them back in one order', () => {
		const e = explorer();
		expect(urlOf(e)).not.toContain('layers');
		applyUrl(e, '?layers=front,network', false);
		expect([e.layers.showNetwork, e.layers.showFront]).toEqual([true, true]);
		expect(urlOf(e)).toContain('layers=network%2Cfront');
		e.layers.set('network', false);
		expect(urlOf(e)).toContain('layers=front');
		expect(urlOf(e)).not.toContain('network');
	});
});

describe('what the map draws', () => {
	it('draws a layer’s data only while it is on, and keeps it when turned off', () => {
		const e = explorer();
		e.layers.networkData = network;
		expect(e.layers.drawnNetwork).toBeNull();
		e.layers.set('network', true);
		expect(e.layers.drawnNetwork).toBe(network.features);
		e.layers.set('network', false);
		expect(e.layers.drawnNetwork).toBeNull();
		expect(e.layers.networkData).toBe(network);
	});
});

describe('a rail section’s details', () => {
	it('open in the side panel and close back to the itinerary, with the close button or Escape', () => {
		const e = explorer();
		e.layers.networkData = network;
		e.selectSection('R1');
		expect(e.openPanel).toBe('section');
		expect(e.layers.section?.id).toBe('R1');
		e.selectSection(null);
		expect(e.openPanel).toBe('itinerary');

		e.selectSection('R1');
		handleKey(e, { key: 'Escape', target: null, preventDefault: () => {} });
		expect(e.openPanel).toBe('itinerary');
		expect(e.layers.sectionId).toBeNull();
	});

	it('give way to a stop selected after them, and show only a section that exists', () => {
		const e = explorer();
		e.layers.networkData = network;
		e.selectSection('R1');
		e.select(tinyJourney().stops[1]!.id);
		expect(e.openPanel).toBe('stop');
		e.selectSection('nowhere');
		expect(e.openPanel).toBe('itinerary');
	});
});
