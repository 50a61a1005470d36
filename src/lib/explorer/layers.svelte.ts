/**
 * The map's optional layers of the world the journeys moved through: the period rail network and who
 * held what (the front). Which are on (shared in the URL as `layers=network,front`), their data once
 * fetched (only when first turned on: the first view needs neither), and the rail section whose
 * details the side panel shows. The Explorer holds one of these.
 */
import type { ControlFeature, RailSectionFeature } from '$lib/journey/schema';
import type { NetworkData } from '$lib/data/network-data';
import { MAP_LAYERS, type MapLayerId } from './map-layer-ids';

export class MapLayers {
	showNetwork = $state(false);
	showFront = $state(false);
	/** The rail network with its sources and station names, once fetched. */
	networkData = $state.raw<NetworkData | null>(null);
	/** Who held what, once fetched. */
	control = $state.raw<ControlFeature[] | null>(null);
	/** The rail section clicked on the map, shown in the side panel. */
	sectionId = $state<string | null>(null);

	/** The layers on, in their canonical order (for the URL). */
	readonly shown = $derived<MapLayerId[]>(
		MAP_LAYERS.filter((l) => (l === 'network' ? this.showNetwork : this.showFront))
	);
	/** What the map draws: each layer's data while it is on, else null. */
	readonly drawnNetwork = $derived(this.showNetwork ? (this.networkData?.features ?? null) : null);
	readonly drawnControl = $derived(this.showFront ? this.control : null);
	readonly section = $derived<RailSectionFeature | null>(
		this.networkData?.features.find((f) => f.id === this.sectionId) ?? null
	);

	/** Turn one layer on or off (its switch in the legend). */
	set(layer: MapLayerId, on: boolean): void {
		if (layer === 'network') this.showNetwork = on;
		else this.showFront = on;
	}

	/** Turn on exactly the layers listed (a link's `layers`). */
	show(layers: readonly MapLayerId[]): void {
		this.showNetwork = layers.includes('network');
		this.showFront = layers.includes('front');
	}
}
