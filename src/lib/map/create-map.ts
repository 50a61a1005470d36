// Creates the MapLibre map with the embedded offline style and its controls. Loaded by dynamic import
// from MapView.svelte, so maplibre-gl (about 300 KB gzip) never blocks the page shell; everything
// else that needs MapLibre's classes (markers, the borders) gets them from here through the map
// context. https://maplibre.org/maplibre-gl-js/docs/API/classes/Map/
import {
	AttributionControl,
	Map as MapLibreMap,
	Marker,
	NavigationControl,
	prewarm,
	ScaleControl,
	setWorkerUrl,
	type GeoJSONSource
} from 'maplibre-gl';
// v6 finds its worker through import.meta.url, which bundling breaks: point it at the emitted file.
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import 'maplibre-gl/dist/maplibre-gl.css';
import type { Topology } from 'topojson-specification';
import { bordersLayer } from './basemap';
import { baseStyle } from './base-style';
import bordersUrl from './data/borders.topo.json?url';
import { initialPadding } from './camera';
import { INITIAL_BOUNDS, SOURCE } from './layer-styles';
import { coveredTopPx } from './map-cover';

setWorkerUrl(workerUrl);
/** Starts MapLibre's workers before the first map is created (MapView calls it on load). */
export { prewarm };

export interface CreateMapOptions {
	container: HTMLElement;
	basemap: Topology;
	showBorders: boolean;
}

export function createMap({ container, basemap, showBorders }: CreateMapOptions): MapLibreMap {
	const map = new MapLibreMap({
		container,
		style: baseStyle(basemap, showBorders),
		bounds: INITIAL_BOUNDS,
		fitBoundsOptions: { padding: initialPadding(coveredTopPx(container)) },
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
	// The controls join once the map has loaded: they are of no use before it is drawn, and adding
	// them lays out the page, on the way to the first view (docs/performance.md, "Load time").
	map.once('load', () => addControls(map));
	return map;
}

function addControls(map: MapLibreMap): void {
	map.addControl(new NavigationControl({ showCompass: false }), 'top-right');
	map.addControl(new ScaleControl({ unit: 'metric' }), 'bottom-left');
	map.addControl(
		new AttributionControl({
			compact: true,
			customAttribution: [
				'Basemap: <a href="https://www.naturalearthdata.com/">Natural Earth</a> (public domain)',
				'Journeys: Echelon, from the sources cited for each stop',
				// Always: routed rail legs follow the network, whose stations are OpenStreetMap positions.
				'Railway stations © <a href="https://www.openstreetmap.org/copyright">OpenStreetMap contributors</a> (ODbL), via the ESR station tables'
			]
		}),
		'bottom-right'
	);
}

/** An HTML marker: repositioning it costs no GPU upload. https://maplibre.org/maplibre-gl-js/docs/API/classes/Marker/ */
export function createMarker(element: HTMLElement): Marker {
	return new Marker({ element });
}

/** Fetches the modern borders (their own file, as they start hidden) into their source. */
export async function loadBorders(map: MapLibreMap): Promise<void> {
	const response = await fetch(bordersUrl);
	if (!response.ok) throw new Error(`modern borders could not be loaded (HTTP ${response.status})`);
	const borders = bordersLayer((await response.json()) as Topology);
	(map.getSource(SOURCE.basemapCountries) as GeoJSONSource | undefined)?.setData(borders);
}
