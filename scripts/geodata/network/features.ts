/**
 * The features of geodata/networks/rail-1918.geojson: one per section, and one notional spur per
 * town point taken off its line. Property order is the order the validator and the README list.
 */
import type { Note, RailSectionFeature } from '../../../src/lib/journey/schema';
import type { Calibration } from './calibrate';
import { km, round1, toKm } from './geometry';
import type { LineCheck, LngLat, Section } from './spec';
import type { Spur } from './trace';

type Properties = RailSectionFeature['properties'];

const lineFeature = (id: string, coords: LngLat[], properties: Properties): RailSectionFeature => ({
	type: 'Feature',
	id,
	geometry: { type: 'LineString', coordinates: coords },
	properties
});

/** Says what the bends are, so no one reads them as surveyed track. */
function calibrationNote(s: Section, drawn: LngLat[], cal: Calibration, checks: LineCheck[]): Note {
	const check = cal.by === s.id ? undefined : checks.find((l) => l.id === cal.by);
	const published = (check ?? s).published!;
	return {
		kind: 'caution',
		text: `Length calibrated: the drawn stations and shape points gave ${round1(km(drawn))} km; the build added schematic bends (+${cal.pct.toFixed(1)}%) so that ${check ? `"${check.name}"` : 'this section'} matches its published length (${published.value} ${published.unit}). The bends stand for the line's real curvature; they are not its surveyed course.`,
		sources: published.sources
	};
}

export function sectionFeature(
	s: Section,
	stations: string[],
	drawn: LngLat[],
	coords: LngLat[],
	cal: Calibration | undefined,
	checks: LineCheck[]
): RailSectionFeature {
	const p = s.published;
	const notes: Note[] = [...s.notes];
	if (p?.note)
		notes.push({ kind: 'caution', text: `Published length: ${p.note}`, sources: p.sources });
	if (cal) notes.push(calibrationNote(s, drawn, cal, checks));
	return lineFeature(s.id, coords, {
		id: s.id,
		name: s.name,
		...(s.localName ? { localName: s.localName } : {}),
		stations,
		opened: s.opened,
		...(p
			? {
					publishedLength: { value: p.value, unit: p.unit, sources: p.sources },
					publishedLengthKm: round1(toKm(p))
				}
			: {}),
		computedLengthKm: round1(km(coords)),
		...(cal ? { calibration: { drawnKm: round1(km(drawn)), addedPercent: round1(cal.pct) } } : {}),
		grade: s.grade,
		...(s.reasoning ? { reasoning: s.reasoning } : {}),
		sources: s.sources,
		...(notes.length ? { notes } : {})
	});
}

/** A notional link, not a railway: trains stopping at the town reach it, trains passing do not detour. */
export function spurFeature(sp: Spur, placeName: string | undefined): RailSectionFeature {
	const id = `S-${sp.section.id}-${sp.place}`;
	const coords = [sp.from, sp.to];
	return lineFeature(id, coords, {
		id,
		name: `Spur: ${placeName} – ${sp.section.name}`,
		stations: [sp.place],
		opened: sp.section.opened,
		computedLengthKm: round1(km(coords)),
		grade: 'reconstructed',
		reasoning: `Not a railway: the place "${sp.place}" is the town's reference point, ${round1(sp.offKm)} km from the nearest station, halt or km post of the line. This notional link joins it to the line so that legs stopping there can be routed, while trains passing through follow the track.`,
		sources: sp.section.sources
	});
}
