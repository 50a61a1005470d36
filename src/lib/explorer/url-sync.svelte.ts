/**
 * The URL and the model: read once when the page mounts (`applyUrl`), written from one place
 * (`startUrlSync`), whenever the model's shareable state changes and never while playing. One
 * action changes the derived state once, so it writes the URL once.
 */
import { SPEEDS_DAYS_PER_SECOND } from '$lib/playback/playback.svelte';
import type { Explorer } from './explorer.svelte';
import { formatUrlState, parseUrlState } from './url-state';
import { selectLeg } from './select-leg';

/**
 * Applies a link's state to the model; `autoplay=1` plays only where `canAutoplay` (never for readers
 * who prefer reduced motion). A link to an imported journey that is not restored yet keeps the rest;
 * `applyUrl` runs again once it is.
 */
export function applyUrl(explorer: Explorer, search: string, canAutoplay: boolean): void {
	const url = parseUrlState(search, {
		journeys: explorer.data.journeys.map((j) => j.meta.id),
		speeds: SPEEDS_DAYS_PER_SECOND
	});
	const { playback } = explorer;
	if (url.journey && url.journey !== explorer.journeyId)
		explorer.switchJourney(url.journey, url.tDay);
	else if (url.tDay !== undefined) explorer.seek(url.tDay);
	if (url.speed) playback.rateDaysPerSecond = url.speed;
	if (url.mode) playback.mode = url.mode;
	if (url.follow !== undefined) explorer.follow = url.follow;
	if (url.both !== undefined) explorer.showBoth = url.both;
	// The map opens on the chosen journey; a link that draws both opens on both (a stop or a leg
	// named in the link takes the camera below).
	if (url.both) explorer.fit();
	if (url.unit) explorer.unit = url.unit;
	if (url.layers) explorer.layers.show(url.layers);
	if (url.stop && explorer.journey.stops.some((s) => s.id === url.stop)) {
		explorer.select(url.stop, { seek: url.tDay === undefined });
	}
	// One selection at a time: a link naming both opens the leg.
	if (url.leg) selectLeg(explorer, url.leg);
	if (canAutoplay && /(?:^|[?&])autoplay=1(?:&|$)/.test(search)) playback.play();
}

/**
 * Writes the model's shareable state with `write` (the router's replaceState) each time it changes.
 * Returns the function that stops it.
 */
export function startUrlSync(explorer: Explorer, write: (search: string) => void): () => void {
	return $effect.root(() => {
		$effect(() => {
			const state = explorer.urlState;
			if (state) write(formatUrlState(state));
		});
	});
}
