// The load-time baseline: MapLibre alone with Echelon's basemap (bare-map.ts), in a canvas of the
// app's map size (?w=&h=). With ?play=1, the playback baseline: one marker moving along the train's
// line (play.ts, imported only then, so the load-time page carries none of it). With ?journeys=1, the
// same map draws the first view's journey with the app's layers: the same picture as the app's. With
// ?hidden=1, its canvas stays hidden until the map's `load`, as the app's does under its loading overlay.
// The bench passes the app's camera (?lng=&lat=&zoom=): the app keeps its view clear of its card.
import firstViewFeatures from 'virtual:first-view-features';
import { bareMap } from './bare-map';

const params = new URLSearchParams(location.search);
const container = document.getElementById('map') as HTMLDivElement;
const zoom = params.get('zoom');
const { maplibre, map } = await bareMap(
	container,
	Number(params.get('w')) || 1000,
	Number(params.get('h')) || 720,
	params.get('journeys') === '1' ? firstViewFeatures : undefined,
	params.get('hidden') === '1',
	// The app's camera (?lng=&lat=&zoom=, read by the bench), else the app's opening bounds.
	zoom === null
		? undefined
		: { center: [Number(params.get('lng')), Number(params.get('lat'))], zoom: Number(zoom) }
);
if (params.get('play') === '1') (await import('./play')).addMovingMarker(maplibre, map, container);
