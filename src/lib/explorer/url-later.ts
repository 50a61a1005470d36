/**
 * When the URL's code (url-state.ts, url-sync.svelte.ts) is loaded: a link with a query is applied as
 * soon as the page mounts; the URL is written (url-sync) once the first view is drawn, from the state
 * then, and after every change. A plain link to the page needs neither for its first frame, so the
 * first view fetches neither (docs/performance.md).
 */
import { firstViewDrawn } from '$lib/data/first-drawn';
import type { Explorer } from './explorer.svelte';

const urlSync = () => import('./url-sync.svelte');

/** Applies the link's state (url-sync's `applyUrl`); settles at once when there is none. */
export async function applyLink(
	explorer: Explorer,
	search: string,
	canAutoplay: boolean
): Promise<void> {
	if (search.replace(/^\?/, '') === '') return;
	(await urlSync()).applyUrl(explorer, search, canAutoplay);
}

/**
 * Writes the model's shareable state with `write` once `applied` has settled and the first view is
 * drawn, then at each change (url-sync's `startUrlSync`). Returns the function that stops it.
 */
export function startUrlSyncLater(
	explorer: Explorer,
	applied: Promise<void>,
	write: (search: string) => void
): () => void {
	let stop: (() => void) | null = null;
	let stopped = false;
	Promise.all([applied, firstViewDrawn])
		.then(urlSync)
		.then((m) => {
			if (!stopped) stop = m.startUrlSync(explorer, write);
		})
		.catch((error: unknown) => console.warn('the URL will not follow the view:', error));
	return () => {
		stopped = true;
		stop?.();
	};
}
