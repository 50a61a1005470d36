// Creates the MapLibre map with the embedded offline style: Natural Earth basemap + journey layers.
// Loaded by dynamic import from MapView.svelte, so maplibre-gl (about 300 KB gzip) never blocks the
// page shell. https://maplibre.org/maplibre-gl-js/docs/API/classes/Map/
import {
	AttributionControl,
	Map as MapLibreMap,
	Marker,
	NavigationControl,
	ScaleControl,
	setWorkerUrl,
	type ExpressionSpecification,
	type GeoJSONSource,
	type StyleSpecification
} from 'maplibre-gl';
// v6 finds its worker through import.meta.url, which bundling breaks: point it at the emitted file.
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import 'maplibre-gl/dist/maplibre-gl.css';
import type { Topology } from 'topojson-specification';
import { basemapLayers, bordersLayer } from './basemap';
import bordersUrl from './data/borders.topo.json?url';
import { COLOR, INITIAL_BOUNDS, LABEL_FONT, LAYER, SOURCE } from './layer-styles';
import { vehicleSvg } from './vehicle-icons';
import { NOTHING_TRAVELLED } from './travelled';
import type { Mode } from '$lib/journey/schema';

setWorkerUrl(workerUrl);

export { LngLatBounds } from 'maplibre-gl';

export interface CreateMapOptions {
	container: HTMLElement;
	basemap: Topology;
	showBorders: boolean;
}

const EMPTY: GeoJSON.FeatureCollection = { type: 'FeatureCollection', features: [] };

export function createMap({ container, basemap, showBorders }: CreateMapOptions) {
	const map = new MapLibreMap({
		container,
		style: offlineStyle(basemap, showBorders),
		bounds: INITIAL_BOUNDS,
		fitBoundsOptions: { padding: 20 },
		// The basemap is Natural Earth 1:50m and the page packs leg vertices to 1e-4° (packed-lines.ts):
		// past zoom 12 there is no more detail to see, only the rounding.
		maxZoom: 12,
		attributionControl: false,
		// Keeps the canvas readable for pixel checks in tests and screenshots; cost is negligible here.
		canvasContextAttributes: { preserveDrawingBuffer: true },
		dragRotate: false,
		pitchWithRotate: false
	});
	map.touchZoomRotate.disableRotation();
	map.keyboard.disableRotation();
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
	// The moving vehicle is an HTML marker: repositioning it costs no GPU upload.
	// https://maplibre.org/maplibre-gl-js/docs/API/classes/Marker/
	const vehicle = document.createElement('div');
	vehicle.className = 'echelon-vehicle';
	vehicle.dataset.testid = 'vehicle';
	vehicle.setAttribute('aria-hidden', 'true');
	const marker = new Marker({ element: vehicle }).setLngLat([37.6, 55.75]);
	const setVehicle = (mode: Mode, color: string) => {
		if (vehicle.dataset.mode === mode && vehicle.dataset.color === color) return;
		vehicle.dataset.mode = mode;
		vehicle.dataset.color = color;
		vehicle.innerHTML = vehicleSvg(mode, color);
	};
	return { map, marker, setVehicle };
}

/** Fetches the modern borders (their own file, as they start hidden) into their source. */
export async function loadBorders(map: MapLibreMap): Promise<void> {
	const response = await fetch(bordersUrl);
	if (!response.ok) throw new Error(`modern borders could not be loaded (HTTP ${response.status})`);
	const borders = bordersLayer((await response.json()) as Topology);
	(map.getSource(SOURCE.basemapCountries) as GeoJSONSource | undefined)?.setData(borders);
}

const state = (name: string): ExpressionSpecification => [
	'boolean',
	['feature-state', name],
	false
];
const byJourney: ExpressionSpecification = [
	'match',
	['get', 'journey'],
	...Object.entries(COLOR.journey).flat(),
	COLOR.journeyFallback
] as unknown as ExpressionSpecification;

function offlineStyle(basemap: Topology, showBorders: boolean): StyleSpecification {
	const base = basemapLayers(basemap);
	return {
		version: 8,
		// No glyphs or sprite URLs: nothing may be fetched from outside our origin.
		sources: {
			[SOURCE.basemapLand]: { type: 'geojson', data: base.land },
			[SOURCE.basemapLakes]: { type: 'geojson', data: base.lakes },
			[SOURCE.basemapRivers]: { type: 'geojson', data: base.rivers },
			// Filled by loadBorders when the reader first turns modern borders on.
			[SOURCE.basemapCountries]: { type: 'geojson', data: EMPTY },
			[SOURCE.legs]: { type: 'geojson', data: EMPTY, promoteId: 'key' },
			// lineMetrics: the travelled part is a line-gradient over line-progress (travelled.ts).
			[SOURCE.head]: { type: 'geojson', data: EMPTY, lineMetrics: true },
			[SOURCE.stops]: { type: 'geojson', data: EMPTY, promoteId: 'key' }
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
				// The whole route, faint until travelled ("done" feature-state), then bold.
				id: LAYER.legs,
				type: 'line',
				source: SOURCE.legs,
				filter: ['!=', ['get', 'grade'], 'reconstructed'],
				layout: { 'line-join': 'round', 'line-cap': 'round' },
				paint: {
					'line-color': byJourney,
					'line-width': ['case', state('done'), 3, 2],
					'line-opacity': ['case', state('done'), 0.9, state('current'), 0.9, 0.3]
				}
			},
			{
				// Reconstructed legs are dashed: the reader sees at a glance which movements are inferred.
				id: LAYER.legsUncertain,
				type: 'line',
				source: SOURCE.legs,
				filter: ['==', ['get', 'grade'], 'reconstructed'],
				paint: {
					'line-color': byJourney,
					'line-width': ['case', state('done'), 2.5, 1.8],
					'line-opacity': ['case', state('done'), 0.85, 0.3],
					'line-dasharray': [2, 2]
				}
			},
			{
				// The leg under way, drawn up to the marker: MapView moves the gradient's edge each frame.
				id: LAYER.head,
				type: 'line',
				source: SOURCE.head,
				layout: { 'line-join': 'round', 'line-cap': 'round' },
				paint: { 'line-gradient': NOTHING_TRAVELLED, 'line-width': 3.5, 'line-opacity': 1 }
			},
			{
				id: LAYER.stops,
				type: 'circle',
				source: SOURCE.stops,
				paint: {
					'circle-color': ['case', state('visited'), byJourney, '#ffffff'],
					'circle-radius': ['case', state('selected'), 8, state('visited'), 5, 4],
					'circle-stroke-color': ['case', state('selected'), COLOR.selected, byJourney],
					'circle-stroke-width': ['case', state('selected'), 3, 1.5]
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
