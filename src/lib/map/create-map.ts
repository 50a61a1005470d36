// Creates the MapLibre map with the embedded offline style: Natural Earth basemap + journey layers.
// Loaded by dynamic import from MapView.svelte, so maplibre-gl (about 300 KB gzip) never blocks the
// page shell. https://maplibre.org/maplibre-gl-js/docs/API/classes/Map/
import {
	AttributionControl,
	Map as MapLibreMap,
	NavigationControl,
	ScaleControl,
	setWorkerUrl,
	type StyleSpecification
} from 'maplibre-gl';
// v6 finds its worker through import.meta.url, which bundling breaks: point it at the emitted file.
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import 'maplibre-gl/dist/maplibre-gl.css';
import type { Topology } from 'topojson-specification';
import { basemapLayers } from './basemap';
import { COLOR, INITIAL_BOUNDS, LABEL_FONT, LAYER, SOURCE } from './layer-styles';
import type { MapView } from '$lib/journey/map-view';

setWorkerUrl(workerUrl);

export interface CreateMapOptions {
	container: HTMLElement;
	basemap: Topology;
	view: MapView;
	showBorders: boolean;
}

export function createMap({
	container,
	basemap,
	view,
	showBorders
}: CreateMapOptions): MapLibreMap {
	const map = new MapLibreMap({
		container,
		style: offlineStyle(basemap, view, showBorders),
		bounds: INITIAL_BOUNDS,
		fitBoundsOptions: { padding: 20 },
		attributionControl: false,
		// Keeps the canvas readable for pixel checks in tests and screenshots; cost is negligible here.
		canvasContextAttributes: { preserveDrawingBuffer: true },
		dragRotate: false
	});
	map.touchZoomRotate.disableRotation();
	map.addControl(new NavigationControl({ showCompass: false }), 'top-right');
	map.addControl(new ScaleControl({ unit: 'metric' }), 'bottom-left');
	map.addControl(
		new AttributionControl({
			compact: true,
			customAttribution: [
				'Basemap: <a href="https://www.naturalearthdata.com/">Natural Earth</a> (public domain)',
				'Journeys: Echelon, from the sources cited for each stop'
			]
		}),
		'bottom-right'
	);
	return map;
}

function offlineStyle(basemap: Topology, view: MapView, showBorders: boolean): StyleSpecification {
	const base = basemapLayers(basemap);
	const journeyColor: unknown[] = ['match', ['get', 'journey']];
	for (const [id, color] of Object.entries(COLOR.journey)) journeyColor.push(id, color);
	journeyColor.push(COLOR.journeyFallback);
	const color = journeyColor as unknown as string;
	return {
		version: 8,
		// No glyphs or sprite URLs: nothing may be fetched from outside our origin.
		sources: {
			[SOURCE.basemapLand]: { type: 'geojson', data: base.land },
			[SOURCE.basemapLakes]: { type: 'geojson', data: base.lakes },
			[SOURCE.basemapRivers]: { type: 'geojson', data: base.rivers },
			[SOURCE.basemapCountries]: { type: 'geojson', data: base.borders },
			[SOURCE.legs]: { type: 'geojson', data: view.legs },
			[SOURCE.stops]: { type: 'geojson', data: view.stops, promoteId: 'id' }
		},
		layers: [
			{ id: LAYER.background, type: 'background', paint: { 'background-color': COLOR.sea } },
			{
				id: LAYER.land,
				type: 'fill',
				source: SOURCE.basemapLand,
				paint: { 'fill-color': COLOR.land }
			},
			{
				id: LAYER.lakes,
				type: 'fill',
				source: SOURCE.basemapLakes,
				paint: { 'fill-color': COLOR.sea }
			},
			{
				id: LAYER.rivers,
				type: 'line',
				source: SOURCE.basemapRivers,
				paint: { 'line-color': COLOR.river, 'line-width': 1 }
			},
			{
				id: LAYER.borders,
				type: 'line',
				source: SOURCE.basemapCountries,
				layout: { visibility: showBorders ? 'visible' : 'none' },
				paint: { 'line-color': COLOR.border, 'line-width': 0.8, 'line-dasharray': [3, 2] }
			},
			{
				id: LAYER.legs,
				type: 'line',
				source: SOURCE.legs,
				filter: ['!=', ['get', 'grade'], 'reconstructed'],
				layout: { 'line-join': 'round', 'line-cap': 'round' },
				paint: { 'line-color': color, 'line-width': 2.5, 'line-opacity': 0.85 }
			},
			{
				// Reconstructed legs are dashed: the reader sees at a glance which movements are inferred.
				id: LAYER.legsUncertain,
				type: 'line',
				source: SOURCE.legs,
				filter: ['==', ['get', 'grade'], 'reconstructed'],
				paint: {
					'line-color': color,
					'line-width': 2,
					'line-opacity': 0.7,
					'line-dasharray': [2, 2]
				}
			},
			{
				id: LAYER.stops,
				type: 'circle',
				source: SOURCE.stops,
				paint: {
					'circle-color': color,
					'circle-radius': ['case', ['boolean', ['feature-state', 'selected'], false], 8, 5],
					'circle-stroke-color': [
						'case',
						['boolean', ['feature-state', 'selected'], false],
						COLOR.selected,
						COLOR.stopStroke
					],
					'circle-stroke-width': ['case', ['boolean', ['feature-state', 'selected'], false], 3, 1.5]
				}
			},
			{
				id: LAYER.stopLabels,
				type: 'symbol',
				source: SOURCE.stops,
				layout: {
					'text-field': ['get', 'name'],
					'text-font': LABEL_FONT,
					'text-size': 12,
					'text-offset': [0, 1.1],
					'text-anchor': 'top',
					'text-optional': true
				},
				paint: { 'text-color': '#2b2620', 'text-halo-color': '#ffffff', 'text-halo-width': 1.2 }
			}
		]
	};
}
