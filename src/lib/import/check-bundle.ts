/**
 * The rules an Echelon journey keeps as a whole, once each of its parts is well formed: its size, at
 * least two stops, and the cross-file checks of geodata/, worded for an imported file.
 */
import { crossCheckGeodata } from '$lib/journey/cross-checks';
import type { JourneyBundle } from './bundle';
import type { ImportIssue } from './issues';
import { MAX_STOPS, MAX_TRACK_POINTS } from './limits';

const count = (n: number) => n.toLocaleString('en-GB');

/** Why the journey is too big, if it is: stops and track points are counted apart. */
function overSize(bundle: JourneyBundle): string | undefined {
	if (bundle.stops.length > MAX_STOPS) {
		return `the journey has ${count(bundle.stops.length)} stops, over the limit of ${count(MAX_STOPS)}: split it`;
	}
	const points = bundle.legs.reduce(
		(n, l) => n + (l.properties.shape === 'straight' ? 0 : l.geometry.coordinates.length),
		0
	);
	if (points > MAX_TRACK_POINTS) {
		return `the journey has ${count(points)} track points, over the limit of ${count(MAX_TRACK_POINTS)}: simplify its tracks (e.g. one point every 100 m) and import it again`;
	}
	return undefined;
}

/** Rules across the journey: size, at least two stops, and the cross-file checks of geodata/. */
export function checkBundle(bundle: JourneyBundle, file: string): ImportIssue[] {
	const size = overSize(bundle);
	if (size) return [{ file, message: size }];
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
