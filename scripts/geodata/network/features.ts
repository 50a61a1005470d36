/**
 * The features of geodata/networks/rail-1918.geojson: one per section, and one notional spur per
 * town point taken off its line. Property order is the order the validator and the README list.
 */
import type { Note, RailSectionFeature } from '../../../src/lib/journey/schema';
import type { LengthScale } from './lengths';
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

/**
 * Says which published length scales the section and by how much, beside the drawn length. A check
 * over several sections compares their drawn lengths together; a check that measures only part of
 * the section (`exclude`) says so, since its factor is then applied to the whole section.
 */
function scaleNote(
	s: Section,
	sc: LengthScale,
	checks: readonly LineCheck[],
	sectionKm: number
): Note {
	const check = sc.by === s.id ? undefined : checks.find((l) => l.id === sc.by);
	const published = (check ?? s).published!;
	const part = check?.exclude?.section === s.id;
	const together = check && check.sections.length > 1;
	const drawn = together
		? `${round1(sc.drawnKm)} km for the sections together`
		: `${round1(sectionKm)} km`;
	const what = !check
		? `its published length (${published.value} ${published.unit} = ${round1(sc.publishedKm)} km)`
		: `"${check.name}" (${published.value} ${published.unit}${together ? '; for the sections it scales,' : published.unit === 'km' ? '' : ` = ${round1(sc.publishedKm)} km`}${together ? ` ${round1(sc.publishedKm)} km` : ''} against ${round1(sc.drawnKm)} km drawn${part ? ` over the part of ${s.id} it measures` : ''})`;
	return {
		kind: 'caution',
		text: `Drawn through its stations and shape points only (${drawn}); distances on it follow ${what}: every drawn km counts ${sc.factor.toFixed(3)} km${part ? ` on the whole of ${s.id}` : ''}.`,
		sources: published.sources
	};
}

export function sectionFeature(
	s: Section,
	stations: string[],
	drawn: LngLat[],
	scale: LengthScale | undefined,
	checks: readonly LineCheck[] = []
): RailSectionFeature {
	const p = s.published;
	const notes: Note[] = [...s.notes];
	if (p?.note)
		notes.push({ kind: 'caution', text: `Published length: ${p.note}`, sources: p.sources });
	if (scale) notes.push(scaleNote(s, scale, checks, km(drawn)));
	return lineFeature(s.id, drawn, {
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
		computedLengthKm: round1(km(drawn)),
		...(scale
			? {
					lengthScale: {
						factor: Math.round(scale.factor * 1e4) / 1e4,
						by: scale.by,
						...(scale.kmPosts ? { basis: 'km-posts' as const } : {})
					}
				}
			: {}),
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
