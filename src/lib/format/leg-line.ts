/**
 * How a leg's line on the map was made, in words for the leg panel: routed on the period rail
 * network, traced along a sea lane or through the towns of a line, a great circle, or straight. The
 * words say what the line is evidence of, so a reader does not take a drawn course for a recorded one.
 */
import type { Leg } from '$lib/journey/schema';

export interface LegLineText {
	/** One line: "Routed on the period rail network". */
	summary: string;
	/** What that means for this leg. */
	detail: string;
}

const WATER: ReadonlySet<Leg['mode']> = new Set(['sea', 'river']);

/** `places` are the names of the leg's `via` places, in order. */
export function legLine(
	leg: Pick<Leg, 'shape' | 'mode'>,
	places: readonly string[] = []
): LegLineText {
	const through = places.length > 0 ? ` It passes ${listOf(places)}.` : '';
	switch (leg.shape) {
		case 'routed':
			return {
				summary: 'Routed on the period rail network',
				detail: `Drawn along the shortest course over the sections open on the day the leg began.${through}`
			};
		case 'traced':
			return WATER.has(leg.mode)
				? {
						summary: leg.mode === 'sea' ? 'Traced along a sea lane' : 'Traced along a river lane',
						detail: `A reconstruction of the ordinary steamer route, drawn clear of land; the course itself is not recorded.${through}`
					}
				: {
						summary: 'Traced along the line',
						detail: `Drawn through the towns the way passes, as shape points off the period network.${through}`
					};
		case 'great-circle':
			return {
				summary: 'Drawn as a great circle',
				detail:
					'The shortest way over the globe between the two stops: the course taken is not known.'
			};
		case 'straight':
			return {
				summary: 'Drawn straight',
				detail: `A straight line joins the two stops: the way taken is not known or could not be drawn${leg.mode === 'rail' ? ' on the period network' : ''}.${through}`
			};
	}
}

/** "Murom", "Murom and Arzamas", "Murom, Arzamas and Romodanovo". */
export function listOf(names: readonly string[]): string {
	if (names.length <= 1) return names[0] ?? '';
	return `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;
}
