/**
 * How the map reaches the components that draw on it: MapView offers the loaded map (and the lazily
 * loaded module that made it, for MapLibre's classes) through a context, and renders its children
 * only once the map exists; each child adds its own sources, layers or markers and removes them when
 * it goes. A child placed outside MapView fails loudly instead of drawing nothing.
 */
import { getContext, setContext } from 'svelte';
import type { Map as MapLibreMap, MapLayerMouseEvent } from 'maplibre-gl';

export type MapCode = typeof import('./create-map');
export interface MapHandle {
	map: MapLibreMap;
	code: MapCode;
}

const KEY = Symbol('echelon.map');

export function setMapContext(get: () => MapHandle): void {
	setContext(KEY, get);
}

/** The loaded map and its module. Throws when called outside a MapView's children. */
export function getMap(): MapHandle {
	const get = getContext<(() => MapHandle) | undefined>(KEY);
	if (!get) throw new Error('getMap() must be called inside a <MapView> child component');
	return get();
}

/**
 * Removes layers and a source if the map still has them. A child's cleanup may run after MapView has
 * removed the whole map (on page exit), when there is nothing left to remove.
 */
export function removeFromMap(map: MapLibreMap, layerIds: readonly string[], sourceId?: string) {
	try {
		for (const id of layerIds) if (map.getLayer(id)) map.removeLayer(id);
		if (sourceId && map.getSource(sourceId)) map.removeSource(sourceId);
	} catch {
		// The map was removed first: its style, layers and sources went with it.
	}
}

type PointerEvent = 'click' | 'mousemove' | 'mouseenter' | 'mouseleave';

/** Listens to the pointer on one layer's features; returns the function that stops listening. */
export function onLayer(
	map: MapLibreMap,
	layerId: string,
	handlers: Partial<Record<PointerEvent, (e: MapLayerMouseEvent) => void>>
): () => void {
	const entries = Object.entries(handlers) as [PointerEvent, (e: MapLayerMouseEvent) => void][];
	for (const [type, handler] of entries) map.on(type, layerId, handler);
	return () => {
		for (const [type, handler] of entries) map.off(type, layerId, handler);
	};
}
