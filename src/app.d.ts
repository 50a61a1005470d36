// See https://svelte.dev/docs/kit/types#app.d.ts
// for information about these interfaces
declare global {
	namespace App {
		// interface Error {}
		// interface Locals {}
		// interface PageData {}
		// interface PageState {}
		// interface Platform {}
	}
	interface Window {
		/** Set by src/early-presses.js before hydration; src/lib/ui/early-presses.ts calls it. */
		__echelonReplayPresses?: () => void;
	}
}

export {};
