/**
 * What a figure says about the view: the title, the date and where the journey is, the legend of what
 * the map draws (colours from the map's own styles), and a citation line naming the sources most cited
 * by the stops reached so far, with the link to all of them.
 */
import { formatDay } from '$lib/format/dates';
import { JOURNEY_PALETTE, journeyColors } from '$lib/map/layer-styles';
import type { Journey } from '$lib/journey/types';
import type { Place, Source } from '$lib/journey/schema';
import type { FigureText, LegendItem } from './figure';

export interface ViewState {
	journey: Journey;
	/** Other journeys drawn with it. */
	others: readonly Journey[];
	tDay: number;
	/** Index of the last stop reached, -1 before the first. */
	reached: number;
	places: Readonly<Record<string, Place>>;
	sources: Readonly<Record<string, Source>>;
	/** The app's address for this view, where every citation is given in full. */
	link: string;
}

export function legendFor(journeys: readonly Journey[]): LegendItem[] {
	const colors = journeyColors(journeys.map((j) => j.meta.id));
	const first = colors[journeys[0]?.meta.id ?? ''] ?? JOURNEY_PALETTE[0];
	return [
		...journeys.map((j) => ({
			color: colors[j.meta.id] ?? JOURNEY_PALETTE[0],
			label: j.meta.title,
			kind: 'line' as const
		})),
		{ color: first, label: 'reconstructed', kind: 'dashed' },
		{ color: first, label: 'stop reached', kind: 'dot' },
		{ color: first, label: 'stop ahead', kind: 'ring' }
	];
}

/** The sources cited most by the stops reached so far (all stops if none yet), most cited first. */
export function topSources(view: ViewState, count: number): Source[] {
	const stops = view.journey.stops.slice(0, Math.max(view.reached + 1, 1));
	const tally = new Map<string, number>();
	for (const s of stops)
		for (const id of s.properties.sources) tally.set(id, (tally.get(id) ?? 0) + 1);
	return [...tally.entries()]
		.sort((a, b) => b[1] - a[1])
		.flatMap(([id]) => view.sources[id] ?? [])
		.slice(0, count);
}

const short = (s: Source): string =>
	`${s.author ? `${s.author.split(',')[0]}, ` : ''}${s.title}${s.year ? ` (${s.year})` : ''}`;

export function placeAt(view: ViewState): string {
	const stop = view.journey.stops[view.reached];
	if (!stop) return '';
	const place = view.places[stop.properties.place];
	if (!place) return stop.properties.place;
	return place.modernName !== place.name ? `${place.name} (${place.modernName})` : place.name;
}

export function figureText(view: ViewState): FigureText {
	const where = placeAt(view);
	const cited = topSources(view, 2).map(short);
	return {
		title: `${view.journey.meta.title}${view.journey.meta.subtitle ? ` — ${view.journey.meta.subtitle}` : ''}`,
		when: `${formatDay(view.tDay)}${where ? ` · ${where}` : ''}`,
		legend: legendFor([view.journey, ...view.others]),
		citation: `Sources: ${cited.length ? cited.join('; ') : 'see link'}; all citations: ${view.link} · Echelon`
	};
}
