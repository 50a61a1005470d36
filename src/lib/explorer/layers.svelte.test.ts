// The layers' data, in the browser where effects run: fetched when a layer is first turned on, once.
import { describe, expect, it } from 'vitest';
import { flushSync } from 'svelte';
import type { NetworkData } from '$lib/data/network-data';
import { MapLayers } from './layers.svelte';
import { startLayerData } from './layer-data.svelte';

describe('startLayerData', () => {
	it('fetches nothing until a layer is on, then its data once', async () => {
		const layers = new MapLayers();
		const calls: string[] = [];
		const network: NetworkData = {
			type: 'FeatureCollection',
			features: [],
			stationNames: {},
			sources: {}
		};
		const stop = startLayerData(layers, {
			network: async () => (calls.push('network'), network),
			control: async () => (calls.push('control'), { features: [] })
		});
		flushSync();
		expect(calls).toEqual([]);

		layers.set('network', true);
		flushSync();
		await Promise.resolve();
		expect(calls).toEqual(['network']);
		await expect.poll(() => layers.networkData).toBe(network);

		layers.set('network', false);
		flushSync();
		layers.set('network', true);
		layers.set('front', true);
		flushSync();
		await expect.poll(() => layers.control).toEqual([]);
		expect(calls).toEqual(['network', 'control']);
		stop();
	});
});
