/**
 * "Print itinerary": mounts the handout (the journey, or the trip the clock is in) in its own element
 * at the end of <body>, with an image of the current map view, then opens the print dialog. The
 * handout stays (hidden on screen) until the next print, so the reader can print again.
 */
import { mount, unmount } from 'svelte';
import type { Explorer } from '$lib/explorer/explorer.svelte';
import { handout } from '$lib/export/handout';
import { drawMapView, viewHeightAt } from '$lib/map/capture/snapshot';
import PrintHandout from './PrintHandout.svelte';
import { viewState } from './view-state';

let current: { target: HTMLElement; component: ReturnType<typeof mount> } | null = null;

async function mapImage(width: number): Promise<string> {
	const canvas = document.createElement('canvas');
	canvas.width = width;
	canvas.height = viewHeightAt(width);
	const ctx = canvas.getContext('2d');
	if (!ctx) throw new Error('this browser cannot draw the map image');
	await drawMapView(ctx, 0, width, null);
	return canvas.toDataURL('image/png');
}

export async function printItinerary(explorer: Explorer, scope: 'journey' | 'trip'): Promise<void> {
	const view = await viewState(explorer);
	const trip =
		scope === 'trip'
			? ((explorer.reachedStop ?? explorer.journey.stops[0])?.properties.trip ?? null)
			: null;
	const props = {
		handout: handout(view.journey, trip, view.places, view.sources),
		mapImage: await mapImage(1600),
		link: view.link
	};
	if (current) {
		void unmount(current.component);
		current.target.remove();
	}
	const target = document.createElement('div');
	target.className = 'print-root';
	document.body.append(target);
	current = { target, component: mount(PrintHandout, { target, props }) };
	// Let the image decode before the print dialog lays the page out.
	await target
		.querySelector('img')
		?.decode()
		.catch(() => {});
	window.print();
}
