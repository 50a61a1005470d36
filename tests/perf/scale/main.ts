// Mounts Echelon's MapView and clock on the flagship data (?data=flagship) or a synthetic journey
// (?data=synthetic&trips=100&vertices=10000), for the frame-time measurements in scripts/bench/;
// ?both=1 draws the flagship's other journeys beside the first, as the page's "both journeys".
import { mount } from 'svelte';
import flagship from 'virtual:flagship';
import { syntheticJourney } from '$lib/journey/fixtures/synthetic';
import type { Journey } from '$lib/journey/types';
import type { Place } from '$lib/journey/schema';
import ScaleApp from './ScaleApp.svelte';

const params = new URLSearchParams(location.search);
let journey: Journey;
let places: Record<string, Place> = flagship.places;
if (params.get('data') === 'synthetic') {
	journey = syntheticJourney({
		trips: Number(params.get('trips')) || 100,
		verticesPerTrip: Number(params.get('vertices')) || 10_000
	});
	places = {};
} else {
	const first = flagship.journeys[0];
	if (!first) throw new Error('the flagship data has no journey');
	journey = first;
}
mount(ScaleApp, {
	target: document.getElementById('app') as HTMLElement,
	props: {
		journey,
		others: params.get('both') === '1' ? flagship.journeys.filter((j) => j !== journey) : [],
		places,
		follow: params.get('follow') !== '0',
		width: Number(params.get('w')) || 1000,
		height: Number(params.get('h')) || 720
	}
});
