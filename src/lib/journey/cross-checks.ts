/**
 * Rules that span files, run after every file has its right shape: ids resolve, dates run forward,
 * legs meet their stops, coordinates sit in their journey's region (this catches swapped lat/lng),
 * rail legs follow the network, network sections match their station places and published lengths,
 * and the control timelines name known places and run forward (cross-check-control.ts).
 */
import type { Geodata, GeodataIssue } from './types';
import type { Note } from './schema';
import { duplicates, NETWORK_FILE, PLACES_FILE, vertexKey } from './cross-check-kit';
import { checkJourney } from './cross-check-journey';
import { checkSection } from './cross-check-network';
import { checkControl } from './cross-check-control';

export { LEG_END_TOLERANCE_KM, PUBLISHED_LENGTH_TOLERANCE, vertexKey } from './cross-check-kit';

export function crossCheckGeodata(data: Geodata): GeodataIssue[] {
	const issues: GeodataIssue[] = [];
	const sourceIds = new Set(data.sources.map((s) => s.id));
	const places = new Map(data.places.map((p) => [p.id, p]));

	duplicates(data.sources.map((s) => s.id)).forEach((id) =>
		issues.push({ file: 'geodata/sources.json', feature: id, message: 'duplicate source id' })
	);
	duplicates(data.places.map((p) => p.id)).forEach((id) =>
		issues.push({ file: PLACES_FILE, feature: id, message: 'duplicate place id' })
	);
	duplicates(data.network.map((s) => s.id)).forEach((id) =>
		issues.push({ file: NETWORK_FILE, feature: id, message: 'duplicate section id' })
	);

	const cite = (file: string, feature: string | undefined, path: string, ids: string[]) => {
		for (const id of ids) {
			if (!sourceIds.has(id)) {
				issues.push({
					file,
					feature,
					path,
					message: `source "${id}" is not in geodata/sources.json: add it there or fix the id`
				});
			}
		}
	};
	const citeNotes = (file: string, feature: string | undefined, path: string, notes?: Note[]) =>
		notes?.forEach((n, i) => cite(file, feature, `${path}notes.${i}.sources`, n.sources));
	const placeExists = (file: string, feature: string, path: string, id: string) => {
		if (!places.has(id)) {
			issues.push({
				file,
				feature,
				path,
				message: `place "${id}" is not in geodata/places.geojson: add it there or fix the id`
			});
		}
	};

	for (const p of data.places) {
		cite(PLACES_FILE, p.id, 'properties.sources', p.properties.sources);
		if (p.properties.coordCheck) {
			cite(PLACES_FILE, p.id, 'properties.coordCheck.sources', p.properties.coordCheck.sources);
		}
		citeNotes(PLACES_FILE, p.id, 'properties.', p.properties.notes);
	}

	const vertexKeys = new Set<string>();
	const sectionOpened = new Map<string, string>();
	for (const section of data.network) {
		const { properties: s, geometry } = section;
		cite(NETWORK_FILE, section.id, 'properties.sources', s.sources);
		if (s.publishedLength) {
			cite(
				NETWORK_FILE,
				section.id,
				'properties.publishedLength.sources',
				s.publishedLength.sources
			);
		}
		citeNotes(NETWORK_FILE, section.id, 'properties.', s.notes);
		sectionOpened.set(section.id, s.opened.date);
		geometry.coordinates.forEach((c) => vertexKeys.add(vertexKey(c)));
		checkSection(section, places, issues);
	}

	for (const journey of data.journeys) {
		checkJourney(
			journey,
			{ cite, citeNotes, placeExists, places, vertexKeys, sectionOpened },
			issues
		);
	}
	checkControl(data.control ?? [], { cite, places }, issues);
	return issues;
}
