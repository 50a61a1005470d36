/**
 * Whether the reader asks for less motion (`prefers-reduced-motion: reduce`), kept current. What
 * svelte/motion's `prefersReducedMotion` gives, in a few lines: that one brings Svelte's MediaQuery,
 * createSubscriber and ReactiveValue (0.3 KB gzip) into the first view's JavaScript, whose budget has
 * no room for them (docs/performance.md). False on the server, which renders no motion.
 */
class ReducedMotion {
	current = $state(false);

	constructor() {
		if (typeof matchMedia === 'undefined') return;
		const query = matchMedia('(prefers-reduced-motion: reduce)');
		this.current = query.matches;
		query.addEventListener('change', (e) => (this.current = e.matches));
	}
}

export const prefersReducedMotion = new ReducedMotion();
