/**
 * A printable itinerary: the journey's (or one trip's) stops in order with their dates, places and
 * grades, each citing numbered references, and the full citations once at the end. Pure.
 */
import { formatStay } from '$lib/format/dates';
import type { Grade, Place, Source } from '$lib/journey/schema';
import type { Journey } from '$lib/journey/types';
import { citationText } from './export-input';

export interface HandoutStop {
	id: string;
	when: string;
	place: string;
	grade: Grade;
	summary: string;
	/** 1-based numbers into `references`. */
	refs: number[];
}

export interface Handout {
	title: string;
	subtitle: string;
	stops: HandoutStop[];
	references: string[];
}

export function handout(
	journey: Journey,
	trip: number | null,
	places: Readonly<Record<string, Place>>,
	sources: Readonly<Record<string, Source>>
): Handout {
	const stops = journey.stops.filter((s) => trip === null || s.properties.trip === trip);
	const numbers = new Map<string, number>();
	const number = (id: string): number => {
		if (!numbers.has(id)) numbers.set(id, numbers.size + 1);
		return numbers.get(id)!;
	};
	const tripMeta = journey.meta.trips.find((t) => t.number === trip);
	return {
		title: journey.meta.title,
		subtitle: tripMeta
			? `${tripMeta.label}: ${tripMeta.title}`
			: (journey.meta.subtitle ?? journey.meta.summary),
		stops: stops.map(({ properties: s }) => {
			const p = places[s.place];
			return {
				id: s.id,
				when: formatStay(s.arrive, s.depart),
				place: p ? (p.modernName !== p.name ? `${p.name} (${p.modernName})` : p.name) : s.place,
				grade: s.grade,
				summary: s.summary,
				refs: s.sources.map(number)
			};
		}),
		references: [...numbers.keys()].map((id) => (sources[id] ? citationText(sources[id]) : id))
	};
}
