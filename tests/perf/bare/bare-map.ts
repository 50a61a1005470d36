// A bare MapLibre map drawing Echelon's basemap file in the same colours and bounds, in a container of
// the given size: the baseline of the load-time and frame-time comparisons (bare/, bare/?play=1).
// Given the first view's journey features (bare/?journeys=1), it draws them too, in the style from the
// start, with the app's own layers: the same picture as the app's first view, without the app.
// Marks the container data-idle="true" at the first `idle`, as the app does.
import basemapUrl from '$lib/map/data/basemap.topo.json?url';
// eslint-disable-next-line no-restricted-imports -- this fixture is the bare-MapLibre baseline
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
// eslint-disable-next-line no-restricted-imports -- as above
import 'maplibre-gl/dist/maplibre-gl.css';
import { basemapLayers } from '$lib/map/basemap';
import { COLOR, INITIAL_BOUNDS, LEG_LAYERS, SOURCE, STOP_LAYERS } from '$lib/map/layer-styles';
import type { Topology } from 'topojson-specification';
import type { FeatureCollection } from 'geojson';
// eslint-disable-next-line no-restricted-imports -- as above
import type { LayerSpecification, SourceSpecification } from 'maplibre-gl';

export interface JourneyFeatures {
	legs: FeatureCollection;
	stops: FeatureCollection;
}

/** The journey's sources and layers as the app adds them (RouteLayer, StopsLayer), or none. */
function journeyStyle(features: JourneyFeatures | null): {
	sources: Record<string, SourceSpecification>;
	layers: LayerSpecification[];
} {
	if (!features) return { sources: {}, layers: [] };
	return {
		sources: {
			[SOURCE.legs]: { type: 'geojson', data: features.legs, promoteId: 'key' },
			[SOURCE.stops]: { type: 'geojson', data: features.stops, promoteId: 'key' }
		},
		layers: [...LEG_LAYERS, ...STOP_LAYERS]
	};
}

export async function bareMap(
	container: HTMLDivElement,
	width: number,
	height: number,
	journeysUrl?: string,
	hiddenUntilLoad = false,
	camera?: { center: [number, number]; zoom: number }
) {
	container.style.width = `${width}px`;
	container.style.height = `${height}px`;
	// MapLibre loaded the way the app loads it (a dynamic import), with the basemap in parallel.
	const [maplibre, basemap, features] = await Promise.all([
		import('maplibre-gl'),
		fetch(basemapUrl).then((r) => r.json() as Promise<Topology>),
		journeysUrl ? fetch(journeysUrl).then((r) => r.json() as Promise<JourneyFeatures>) : null
	]);
	maplibre.setWorkerUrl(workerUrl);
	// The same milestones as the app's (src/lib/map/load-map.ts, MapView.svelte), for the bench's trace.
	performance.mark('echelon:map-code');
	const base = basemapLayers(basemap);
	const journeys = journeyStyle(features);
	const map = new maplibre.Map({
		container,
		...(camera ?? { bounds: INITIAL_BOUNDS, fitBoundsOptions: { padding: 20 } }),
		style: {
			version: 8,
			sources: {
				land: { type: 'geojson', data: base.land },
				lakes: { type: 'geojson', data: base.lakes },
				rivers: { type: 'geojson', data: base.rivers },
				...journeys.sources
			},
			layers: [
				{ id: 'sea', type: 'background', paint: { 'background-color': COLOR.sea } },
				{ id: 'land', type: 'fill', source: 'land', paint: { 'fill-color': COLOR.land } },
				{ id: 'lakes', type: 'fill', source: 'lakes', paint: { 'fill-color': COLOR.sea } },
				{
					id: 'rivers',
					type: 'line',
					source: 'rivers',
					paint: { 'line-color': COLOR.river, 'line-width': 1 }
				},
				...journeys.layers
			]
		}
	});
	performance.mark('echelon:map-created');
	// The first frames drawn out of sight, as in the app (src/lib/map/MapView.svelte): the browser
	// then composites none of them.
	if (hiddenUntilLoad) map.getCanvas().style.visibility = 'hidden';
	map.once('load', () => {
		performance.mark('echelon:map-load');
		map.getCanvas().style.visibility = '';
	});
	map.once('idle', () => container.setAttribute('data-idle', 'true'));
	return { maplibre, map };
}
