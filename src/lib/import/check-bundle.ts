/**
 * The rules an Echelon journey keeps as a whole, once each of its parts is well formed: its size, at
 * least two stops, and the cross-file checks of geodata/, worded for an imported file.
 */
import { crossCheckGeodata } from '$lib/journey/cross-checks';
import type { JourneyBundle } from './bundle';
import type { ImportIssue } from './issues';
import { MAX_VERTICES } from './limits';

/** Rules across the journey: size, at least two stops, and the cross-file checks of geodata/. */
export function checkBundle(bundle: JourneyBundle, file: string): ImportIssue[] {
	const vertices =
		bundle.stops.length + bundle.legs.reduce((n, l) => n + l.geometry.coordinates.length, 0);
	if (vertices > MAX_VERTICES) {
		return [
			{
				file,
				message: `the journey has ${vertices.toLocaleString('en-GB')} positions, over the limit of ${MAX_VERTICES.toLocaleString('en-GB')}: simplify its tracks (e.g. one point every 100 m) and import it again`
			}
		];
	}
	if (bundle.stops.length < 2) {
		return [
			{
				file,
				message: `a journey needs at least two stops with good data, and this one has ${bundle.stops.length}: add stops or fix the ones listed`
			}
		];
	}
	const cross = crossCheckGeodata({
		sources: bundle.sources,
		places: bundle.places,
		network: [],
		journeys: [{ meta: bundle.meta, stops: bundle.stops, legs: bundle.legs }]
	});
	return cross.map((c) => ({
		file,
		...(c.feature && { where: c.feature }),
		...(c.path && { field: c.path }),
		message: c.message
			.replace(/geodata\/(sources\.json|places\.geojson)/g, (_, f: string) =>
				f === 'sources.json'
					? 'the file\'s sources ("echelon.sources")'
					: 'the file\'s places ("echelon.places")'
			)
			.replace(/stops\.geojson/g, 'the stops')
	}));
}
