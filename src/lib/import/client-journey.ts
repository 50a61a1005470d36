/**
 * An imported journey file (bundle.ts) as the page holds it beside the flagship journeys: the journey,
 * and its places and sources by id. Apart from bundle.ts because the page's first view merges imported
 * journeys (merge.ts) and should not carry the file format's code (docs/performance.md).
 */
import type { Journey } from '$lib/journey/types';
import type { Place, Source } from '$lib/journey/schema';
import type { JourneyBundle } from './bundle';

/** What the page merges into its journeys, places and sources. */
export interface ClientJourney {
	journey: Journey;
	places: Record<string, Place>;
	sources: Record<string, Source>;
}

export function toClientJourney(bundle: JourneyBundle): ClientJourney {
	return {
		journey: { meta: bundle.meta, stops: bundle.stops, legs: bundle.legs },
		places: Object.fromEntries(bundle.places.map((p) => [p.id, p.properties])),
		sources: Object.fromEntries(bundle.sources.map((s) => [s.id, s]))
	};
}
