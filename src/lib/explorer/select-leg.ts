/**
 * Selecting a leg (on the map, in the itinerary, from a link): pause, show its panel, frame it. One
 * thing is selected at a time: the stop selected is cleared. The clock stays where it is: the panel
 * gives the leg's dates, and the reader may be comparing. Apart from the Explorer so that only what
 * selects a leg loads it, never the first view.
 */
import type { Bounds } from '$lib/map/camera';
import type { Explorer } from './explorer.svelte';
import { LegSelection } from './leg-selection';
import { mapAspect, sheetCover } from './sheet';
import { pickLeg, type LegRef } from '$lib/map/pick-leg';

/** Select the leg meant by a click on the map, of the legs under it (pick-leg.ts). */
export function selectLegIn(explorer: Explorer, legs: readonly LegRef[]): void {
	const leg = pickLeg(legs, explorer.index, explorer.reached);
	if (leg) selectLeg(explorer, leg.id, leg.journey);
}

/** Select a leg of the chosen journey, or of another journey shown (`journeyId`, switched to). */
export function selectLeg(explorer: Explorer, legId: string, journeyId = explorer.journeyId): void {
	if (journeyId !== explorer.journeyId) explorer.switchJourney(journeyId);
	const leg = explorer.journey.legs.find((l) => l.id === legId);
	if (!leg) return;
	explorer.playback.pause();
	explorer.clearSelection();
	explorer.legs = new LegSelection(explorer, legId);
	explorer.showPanel('leg');
	// On a phone the panel's sheet is half up now: the leg is framed above it.
	const bounds = lineBounds(leg.geometry.coordinates, sheetCover(explorer.sheet), mapAspect());
	explorer.camera = { kind: 'fit', bounds };
}

// Web Mercator's y (radians of latitude in, map units out): the map is linear in it, not in degrees.
const mercY = (latDeg: number) => Math.log(Math.tan(Math.PI / 4 + (latDeg * Math.PI) / 360));
const latOf = (y: number) => (Math.atan(Math.exp(y)) * 360) / Math.PI - 90;

/**
 * The bounds of a line's vertices; where the foot of the map is hidden (`coverBottom`, a share of its
 * height, on a map `aspect` = width / height), the box reaches further south so that fitting it to the
 * whole map frames the line in the part left visible: at its top when the line's height decides the
 * zoom, in the middle of that part when its width does (a long leg on a narrow phone).
 */
export function lineBounds(
	coordinates: readonly (readonly number[])[],
	coverBottom = 0,
	aspect = 1
): Bounds {
	let [w, s, e, n] = [Infinity, Infinity, -Infinity, -Infinity];
	for (const [x = 0, y = 0] of coordinates) {
		[w, e] = [Math.min(w, x), Math.max(e, x)];
		[s, n] = [Math.min(s, y), Math.max(n, y)];
	}
	if (coverBottom <= 0)
		return [
			[w, s],
			[e, n]
		];
	const [top, bottom] = [mercY(n), mercY(s)];
	const widthY = ((e - w) * Math.PI) / 180;
	// The part left visible, in map units: as tall as the line, or as the line's width allows.
	const visibleY = Math.max(top - bottom, widthY / (aspect / (1 - coverBottom)));
	const north = top + (visibleY - (top - bottom)) / 2;
	const south = Math.max(-85, latOf(north - visibleY / (1 - coverBottom)));
	return [
		[w, south],
		[e, latOf(north)]
	];
}
