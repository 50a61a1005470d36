/**
 * Rules of the control dataset that span files: every place is in places.geojson at the same
 * coordinates (or is an extra place of the control tables, not also in places.geojson), sources
 * resolve, each timeline starts by the beginning of the period and runs forward, a change does not
 * repeat the holder before it, and two changes whose date windows overlap carry a disagreement note.
 */
import { compareIsoDates } from './days';
import type { GeodataIssue } from './types';
import type { ControlChange, ControlFeature, LngLat } from './schema';
import { CONTROL_START } from './schema-control';
import { CONTROL_FILE, PLACES_FILE, vertexKey } from './cross-check-kit';

export interface ControlContext {
	cite: (file: string, feature: string | undefined, path: string, ids: string[]) => void;
	places: Map<string, { geometry: { coordinates: LngLat } }>;
}

export function checkControl(
	control: ControlFeature[],
	ctx: ControlContext,
	issues: GeodataIssue[]
): void {
	const seen = new Set<string>();
	for (const feature of control) {
		const { id, properties: p } = feature;
		const issue = (path: string | undefined, message: string) =>
			issues.push({ file: CONTROL_FILE, feature: id, path, message });
		if (seen.has(id)) issue(undefined, 'duplicate place in control.geojson');
		seen.add(id);

		const place = ctx.places.get(id);
		if (p.extraPlace && place) {
			issue('properties.extraPlace', `"${id}" is in ${PLACES_FILE}: remove its extra-place row`);
		} else if (!p.extraPlace && !place) {
			issue(
				undefined,
				`place "${id}" is not in ${PLACES_FILE}: fix the id or add it to geodata/src/control/places.csv`
			);
		} else if (
			place &&
			vertexKey(place.geometry.coordinates) !== vertexKey(feature.geometry.coordinates)
		) {
			issue(
				'geometry',
				`coordinates differ from ${PLACES_FILE}: rebuild with npm run geodata:build`
			);
		}

		p.changes.forEach((c, i) => {
			const path = `properties.changes.${i}`;
			ctx.cite(CONTROL_FILE, id, `${path}.sources`, c.sources);
			c.notes?.forEach((n, j) =>
				ctx.cite(CONTROL_FILE, id, `${path}.notes.${j}.sources`, n.sources)
			);
			if (c.since.precision === 'before' && i > 0) {
				issue(`${path}.since.precision`, '"before" is only for the first change of a timeline');
			}
			const prev = p.changes[i - 1];
			if (!prev) return;
			if (compareIsoDates(prev.since.date, c.since.date) >= 0) {
				issue(
					`${path}.since.date`,
					`changes must run forward: ${c.since.date} is not after ${prev.since.date}`
				);
			}
			if (prev.holder === c.holder && prev.army === c.army) {
				issue(`${path}.holder`, `repeats the holder before it (${c.holder}); merge the two rows`);
			}
			if (windowsOverlap(prev, c) && !hasDisagreement(prev) && !hasDisagreement(c)) {
				issue(
					`${path}.since`,
					`its date window overlaps the change before it: add a disagreement note or narrow the windows`
				);
			}
		});
		const first = p.changes[0];
		if (first && compareIsoDates(first.since.date, CONTROL_START) > 0) {
			issue(
				'properties.changes.0.since.date',
				`the timeline must start by ${CONTROL_START}: add who held the place then (precision "before")`
			);
		}
	}
}

function windowsOverlap(a: ControlChange, b: ControlChange): boolean {
	const aLatest = a.since.latest ?? a.since.date;
	const bEarliest = b.since.earliest ?? b.since.date;
	return compareIsoDates(bEarliest, aLatest) <= 0;
}

const hasDisagreement = (c: ControlChange) => c.notes?.some((n) => n.kind === 'disagreement');
