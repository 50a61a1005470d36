/** The explorer's current view as the figure and caption builders take it (src/lib/export/figure-text). */
import type { Explorer } from '$lib/explorer/explorer.svelte';
import { fetchSources } from '$lib/data/lazy-data';
import type { ViewState } from '$lib/export/figure-text';

export async function viewState(explorer: Explorer): Promise<ViewState> {
	// The flagship bibliography arrives after the first view; wait for it rather than cite nothing.
	const flagship = await fetchSources().catch(() => ({}));
	return {
		journey: explorer.journey,
		others: explorer.shownJourneys.filter((j) => j !== explorer.journey),
		tDay: explorer.playback.tDay,
		reached: explorer.reached,
		places: explorer.data.places,
		sources: { ...flagship, ...explorer.data.sources },
		link: location.href
	};
}
