/**
 * What the explorer model needs from the browser once the page is up: the frame loop (only while
 * playing), the lazily fetched data (the sources after the first view; the distances when their panel
 * or the leg panel first opens) and the state of the link the page was opened with. Returns the function that stops it.
 */
import { fetchDistanceView, fetchSources } from '$lib/data/lazy-data';
import { startFrameLoop } from '$lib/playback/frame-loop';
import type { Explorer } from './explorer.svelte';
import { applyUrl } from './url-sync.svelte';

export function connectExplorer(
	explorer: Explorer,
	page: { search: string; canAutoplay: boolean }
): () => void {
	const warn = (e: unknown) => console.warn(e);
	fetchSources().then((sources) => (explorer.sources = sources), warn);
	applyUrl(explorer, page.search, page.canAutoplay);
	return $effect.root(() => {
		// Pausing, leaving the page or hot reload cancel the loop.
		$effect(() => {
			if (!explorer.playback.playing) return;
			return startFrameLoop((dt) => explorer.playback.frame(dt));
		});
		$effect(() => {
			if ((explorer.distancesOpen || explorer.openPanel === 'leg') && !explorer.distances)
				fetchDistanceView().then((view) => (explorer.distances = view), warn);
		});
	});
}
