/**
 * Parts of the page the first frame does not need (the itinerary, the legend's key, the timeline's
 * trip bands): their modules are asked for once the first view is drawn (src/lib/data/first-drawn.ts),
 * so they neither count in nor slow down the first view (docs/performance.md). One promise per part,
 * started then, which every `{#await}` of that part shares; the server renders the pending branch.
 */
import { firstViewDrawn } from '$lib/data/first-drawn';

export function afterFirstView<T>(load: () => Promise<T>): Promise<T> {
	return firstViewDrawn.then(load);
}
