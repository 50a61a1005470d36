// Fetching the optional layers' data (layers.svelte.ts) when first turned on. Apart from the model,
// and loaded once the first view is drawn (connect.svelte.ts): the first frame needs none of it.
import type { ControlFeature } from '$lib/journey/schema';
import type { NetworkData } from '$lib/data/network-data';
import type { MapLayers } from './layers.svelte';

export interface LayerFetchers {
	network: () => Promise<NetworkData>;
	control: () => Promise<{ features: ControlFeature[] }>;
}

/**
 * Fetches each layer's data the first time it is turned on (a failed fetch is tried again at the next
 * turn on). Returns the function that stops watching.
 */
export function startLayerData(layers: MapLayers, fetch: LayerFetchers): () => void {
	const warn = (e: unknown) => console.warn(e);
	return $effect.root(() => {
		$effect(() => {
			if (!layers.showNetwork || layers.networkData) return;
			fetch.network().then((data) => (layers.networkData = data), warn);
		});
		$effect(() => {
			if (!layers.showFront || layers.control) return;
			fetch.control().then((data) => (layers.control = data.features), warn);
		});
	});
}
