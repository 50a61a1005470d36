// Inlined into the page's head by src/hooks.server.ts, its hash allowed by svelte.config.js (CSP).
// Keeps each press on a button from the moment the page shows until it has hydrated, and presses
// it again then (src/lib/ui/early-presses.ts): a press on a server-rendered button is otherwise lost.
(() => {
	/** @type {HTMLButtonElement[]} */
	const pressed = [];
	/** @param {MouseEvent} event */
	const keep = (event) => {
		const button = event.target instanceof Element ? event.target.closest('button') : null;
		if (!button) return;
		event.preventDefault();
		event.stopImmediatePropagation();
		pressed.push(button);
	};
	document.addEventListener('click', keep, true);
	window.__echelonReplayPresses = () => {
		document.removeEventListener('click', keep, true);
		for (const button of pressed.splice(0)) if (button.isConnected) button.click();
	};
})();
