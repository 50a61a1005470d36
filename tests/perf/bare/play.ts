// The frame-time baseline for playback (bare/?play=1, loaded only then): the bare map draws the
// train's whole route as one line and moves one HTML marker along it at the app's fastest speed, with
// the app's follow rule (src/lib/map/camera.ts). Where the marker is comes from the journey core
// (positionAt, a few µs a frame), so both pages move along the same line at the same pace; what
// differs is the rest of Echelon's map (layers, labels, the travelled line) and its Svelte page.
import flagship from 'virtual:flagship';
import { buildJourneyIndex } from '$lib/journey/journey-index';
import { positionAt } from '$lib/journey/position';
import { SPEEDS_DAYS_PER_SECOND } from '$lib/playback/playback.svelte';
import { durationMs, insideMiddle } from '$lib/map/camera';
import { JOURNEY_PALETTE } from '$lib/map/layer-styles';
import { vehicleSvg } from '$lib/map/vehicle-icons';
// eslint-disable-next-line no-restricted-imports -- this fixture is the bare-MapLibre baseline
import type { Map as MapLibreMap } from 'maplibre-gl';

type MapLibre = typeof import('maplibre-gl');

export function addMovingMarker(
	maplibre: MapLibre,
	map: MapLibreMap,
	container: HTMLElement
): void {
	const journey = flagship.journeys[0];
	if (!journey) throw new Error('the flagship data has no journey');
	const index = buildJourneyIndex(journey);
	const color = JOURNEY_PALETTE[0];
	map.once('load', () => {
		map.addSource('route', {
			type: 'geojson',
			data: {
				type: 'Feature',
				properties: {},
				geometry: {
					type: 'LineString',
					coordinates: journey.legs.flatMap((l) => l.geometry.coordinates)
				}
			}
		});
		map.addLayer({
			id: 'route',
			type: 'line',
			source: 'route',
			paint: { 'line-color': color, 'line-width': 3 }
		});
	});
	const element = document.createElement('div');
	element.style.cssText = 'width:26px;height:26px;pointer-events:none';
	element.innerHTML = vehicleSvg('rail', color);
	const marker = new maplibre.Marker({ element })
		.setLngLat(positionAt(index, index.startDay).lngLat)
		.addTo(map);

	/** Plays from the journey's start at the fastest speed, as the bench asks (window.__bench.play). */
	function play(): void {
		const rate = Math.max(...SPEEDS_DAYS_PER_SECOND);
		let tDay = index.startDay;
		let last: number | undefined;
		const frame = (now: number) => {
			tDay = Math.min(index.endDay, tDay + ((last === undefined ? 0 : now - last) / 1000) * rate);
			last = now;
			const { lngLat } = positionAt(index, tDay);
			marker.setLngLat(lngLat);
			if (!map.isMoving()) {
				const { x, y } = map.project(lngLat);
				if (!insideMiddle(x, y, container.clientWidth, container.clientHeight))
					map.easeTo({ center: lngLat, duration: durationMs('follow', false) });
			}
			requestAnimationFrame(frame);
		};
		requestAnimationFrame(frame);
	}
	(window as unknown as { __bench: unknown }).__bench = { play };
}
