// The page's side of src/early-presses.js: once the page has hydrated, the presses made before it
// are pressed again, in order, and later presses go straight to the page's own handlers.

/** Presses again what was pressed before hydration; the layout calls it from its mount. */
export function replayEarlyPresses(): void {
	// After this task: every component's mount has run, so each handler and its state are in place.
	setTimeout(() => window.__echelonReplayPresses?.(), 0);
}
