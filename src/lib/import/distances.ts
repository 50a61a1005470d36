/**
 * The Distances panel's totals for an imported journey: the same `buildDistanceView` as the flagship
 * journeys (lengths along the legs and great-circle, by mode, grade and trip). Computed in the import
 * worker and on restore, so the page's first view does not carry the distance code.
 */
import { buildDistanceView, type JourneyDistanceView } from '$lib/journey/distance-view';
import type { JourneyBundle } from './bundle';
import { toClientJourney } from './client-journey';

export function importedDistanceView(bundle: JourneyBundle): JourneyDistanceView | undefined {
	const { journey } = toClientJourney(bundle);
	return buildDistanceView({
		sources: bundle.sources,
		places: bundle.places,
		network: [],
		journeys: [journey]
	}).journeys[0];
}
