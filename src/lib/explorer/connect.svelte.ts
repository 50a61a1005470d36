/**
 * What the explorer model needs from the browser once the page is up: the frame loop (only while
 * playing), the lazily fetched data (the sources after the first view, the distances when their panel
 * first opens, the rail network and the front when their layer is first turned on) and the state of
 * the link the page was opened with (url-later.ts). Returns the function that stops it, and when the
 * link's state has been applied.
 */
import { firstViewDrawn } from '$lib/data/first-drawn';
import { fetchControl, fetchDistanceView, fetchNetwork, fetchSources } from '$lib/data/lazy-data';
import { startFrameLoop } from '$lib/playback/frame-loop';
import type { Explorer } from './explorer.svelte';
import { applyLink } from './url-later';

export function connectExplorer(
	explorer: Explorer,
	page: { search: string; canAutoplay: boolean }
): { stop: () => void; applied: Promise<void> } {
	const warn = (e: unknown) => console.warn(e);
	fetchSources().then((sources) => (explorer.sources = sources), warn);
	const applied = applyLink(explorer, page.search, page.canAutoplay);
	applied.catch(warn);
	// The layers' data watcher loads after the first view: a layer turned on by the link waits for it.
	let stopLayers = () => {};
	let stopped = false;
	firstViewDrawn
		.then(() => import('./layer-data.svelte'))
		.then((m) => {
			if (!stopped)
				stopLayers = m.startLayerData(explorer.layers, {
					network: fetchNetwork,
					control: fetchControl
				});
		})
		.catch(warn);
	const stopModel = $effect.root(() => {
		// Pausing, leaving the page or hot reload cancel the loop.
		$effect(() => {
			if (!explorer.playback.playing) return;
			return startFrameLoop((dt) => explorer.playback.frame(dt));
		});
		$effect(() => {
			if (!explorer.distancesOpen || explorer.distances) return;
			fetchDistanceView().then((view) => (explorer.distances = view), warn);
		});
	});
	const stop = () => {
		stopped = true;
		stopModel();
		stopLayers();
	};
	return { stop, applied };
}
