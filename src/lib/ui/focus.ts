/**
 * Focus for panels that open and close: on opening, focus goes to the panel's heading (a screen
 * reader starts reading there, a keyboard continues from there); on closing, it goes back to what had
 * it before (the opener), or to `fallback` when that is gone (an itinerary entry replaced by the
 * panel). Only when the focus was inside the panel or lost: a reader who moved on keeps their place.
 */
export function panelFocus(
	node: HTMLElement,
	options: { fallback?: () => HTMLElement | null | undefined } = {}
): { destroy: () => void } {
	const active = document.activeElement;
	// The body is no opener: focus was already lost (the element clicked went with the old panel).
	const opener = active instanceof HTMLElement && active !== document.body ? active : null;
	const heading = node.querySelector<HTMLElement>('h2');
	if (heading) {
		heading.tabIndex = -1;
		heading.focus({ preventScroll: true });
	}
	return {
		destroy() {
			const active = document.activeElement;
			const lost = !active || active === document.body || node.contains(active);
			if (!lost) return;
			// After the panel is gone from the page, so the opener can take focus again.
			queueMicrotask(() => {
				const back = opener?.isConnected ? opener : options.fallback?.();
				back?.focus({ preventScroll: true });
			});
		}
	};
}
