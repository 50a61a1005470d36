// Data the first view does not need, fetched from the prerendered JSON files under /data/ (see
// src/routes/data/): the sources, once the map has drawn its first view (first-drawn.ts), and the
// distances view, when its panel opens; the rail network and who held what, when a layer, panel or
// chart first asks for them. Each file is fetched at most once per page; a failed fetch
// may be tried again.
import { resolve } from '$app/paths';
import type { DistanceView } from '$lib/journey/distance-view';
import type { ControlFeature, Source } from '$lib/journey/schema';
import { firstViewDrawn } from './first-drawn';
import type { NetworkData } from './network-data';

function once<T>(path: string): () => Promise<T> {
	let pending: Promise<T> | null = null;
	return () => {
		pending ??= fetch(path).then((r) => {
			if (!r.ok) throw new Error(`${path} could not be loaded (HTTP ${r.status})`);
			return r.json() as Promise<T>;
		});
		pending.catch(() => (pending = null));
		return pending;
	};
}

const sourcesNow = once<Record<string, Source>>(resolve('/data/sources.json'));
export const fetchSources = () => firstViewDrawn.then(sourcesNow);
export const fetchDistanceView = once<DistanceView>(resolve('/data/distances.json'));

export interface FeatureList<F> {
	type: 'FeatureCollection';
	features: F[];
}
export const fetchNetwork = once<NetworkData>(resolve('/data/network.json'));
export const fetchControl = once<FeatureList<ControlFeature>>(resolve('/data/control.json'));
export const fetchControlSources = once<Record<string, Source>>(
	resolve('/data/control-sources.json')
);
