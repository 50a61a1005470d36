/**
 * A value the page shows that follows the clock (the date chip's date, where and how far),
 * brought up to date through the playback gate (frame-gate.ts), on the frames the map's changes are
 * drawn: during playback the page then changes at most every other frame, the marker apart. Call it
 * while a component initialises; `key` names what it shows, once on the page.
 */
import { untrack } from 'svelte';
import { playbackGate } from './frame-gate';

export function gated<T>(key: string, read: () => T): { readonly current: T } {
	let current = $state.raw(untrack(read));
	$effect(() => {
		const next = read();
		playbackGate.schedule(key, () => (current = next));
		return () => playbackGate.drop(key);
	});
	return {
		get current() {
			return current;
		}
	};
}
