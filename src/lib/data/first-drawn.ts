// Whether the first view has been drawn: the map's first `idle`, or the map cannot be drawn at all
// (no WebGL, a load error). Data the first view does not show (the sources) waits for it, so it does
// not compete with MapLibre for the network and the main thread (docs/performance.md). Set by
// MapView.svelte; the page's life is one first view, so it is settled once.
let settle: () => void = () => {};
export const firstViewDrawn: Promise<void> = new Promise<void>((resolve) => (settle = resolve));

/** Settles firstViewDrawn in a task of its own, after every handler of the map's `idle` has run. */
export function markFirstViewDrawn(): void {
	setTimeout(settle, 0);
}
