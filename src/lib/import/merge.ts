/**
 * How the page sees imported journeys next to the flagship ones: journeys appended, places and
 * sources merged (the flagship entries win, though ids are made free at import so they never meet),
 * and each journey's playback index computed once.
 */
import type { Journey } from '$lib/journey/types';
import { buildJourneyIndex, type JourneyIndex } from '$lib/journey/journey-index';
import type { DistanceView } from '$lib/journey/distance-view';
import type { Place, Source } from '$lib/journey/schema';
import type { ImportedJourney, JourneyBundle } from './bundle';
import { toClientJourney, type ClientJourney } from './client-journey';
import type { TakenIds } from './collisions';

export interface JourneyData {
	journeys: Journey[];
	places: Record<string, Place>;
	sources: Record<string, Source>;
}

export function mergeImported(
	base: JourneyData,
	imported: readonly ImportedJourney[]
): JourneyData {
	if (imported.length === 0) return base;
	const clients = imported.map((i) => clientOf(i.bundle));
	return {
		journeys: [...base.journeys, ...clients.map((c) => c.journey)],
		places: Object.assign({}, ...clients.map((c) => c.places), base.places) as Record<
			string,
			Place
		>,
		sources: Object.assign({}, ...clients.map((c) => c.sources), base.sources) as Record<
			string,
			Source
		>
	};
}

/** The ids an import must not reuse, as plain data (it is posted to the worker). */
export function takenIds(data: JourneyData): TakenIds {
	return {
		journeyIds: data.journeys.map((j) => j.meta.id),
		places: { ...data.places },
		sources: { ...data.sources }
	};
}

const clientCache = new WeakMap<JourneyBundle, ClientJourney>();

/** One client journey object per bundle, so indexes cached by journey survive a merge. */
function clientOf(bundle: JourneyBundle): ClientJourney {
	let client = clientCache.get(bundle);
	if (!client) {
		client = toClientJourney(bundle);
		clientCache.set(bundle, client);
	}
	return client;
}

const indexCache = new WeakMap<Journey, JourneyIndex>();

/** The playback index of a journey, built once per journey object. */
export function journeyIndexOf(journey: Journey): JourneyIndex {
	let index = indexCache.get(journey);
	if (!index) {
		index = buildJourneyIndex(journey);
		indexCache.set(journey, index);
	}
	return index;
}

/** The Distances panel's view with the imported journeys' totals after the flagship ones. */
export function withImportedDistances(
	view: DistanceView | null,
	imported: readonly ImportedJourney[]
): DistanceView | null {
	if (!view || imported.length === 0) return view;
	return { ...view, journeys: [...view.journeys, ...imported.flatMap((i) => i.distances ?? [])] };
}
