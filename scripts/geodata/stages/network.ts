/**
 * Stage "network": geodata/networks/rail-1918.geojson from the tables in geodata/src/network/ and
 * the places written by the previous stage. Every station vertex is its place's coordinate, so a
 * re-run after a place moves re-snaps the network. A section that cannot be built, or a length off
 * by more than 5%, fails the stage, but only after the file is written with what could be built,
 * so the problem can be looked at on the map.
 */
import type { PlaceFeature, RailSectionFeature } from '../../../src/lib/journey/schema';
import { readJson, writeJson } from '../lib/io';
import { sectionFeature, spurFeature } from '../network/features';
import { km } from '../network/geometry';
import { lengthScales } from '../network/lengths';
import { lengthReport } from '../network/report';
import { readLineChecks, readSections, type LngLat } from '../network/spec';
import { traceSection, type Spur } from '../network/trace';

export function buildNetwork(): void {
	const errors: string[] = [];
	const places = readJson<{ features: PlaceFeature[] }>('geodata/places.geojson').features;
	const coordOf = new Map(places.map((f) => [f.id, f.geometry.coordinates as LngLat]));
	const sections = readSections(errors);
	const checks = readLineChecks();

	const base = new Map<string, LngLat[]>();
	const stationsOf = new Map<string, string[]>();
	const spurs: Spur[] = [];
	const seen = new Set<string>();
	for (const s of sections) {
		if (seen.has(s.id)) errors.push(`duplicate section id ${s.id}`);
		seen.add(s.id);
		const traced = traceSection(s, coordOf);
		if (typeof traced === 'string') {
			errors.push(traced);
			continue;
		}
		base.set(s.id, traced.coords);
		stationsOf.set(s.id, traced.stations);
		spurs.push(...traced.spurs);
	}

	const scales = lengthScales(base, sections, checks, errors);
	const features: RailSectionFeature[] = sections
		.filter((s) => base.has(s.id))
		.map((s) =>
			sectionFeature(s, stationsOf.get(s.id)!, base.get(s.id)!, scales.get(s.id), checks)
		);
	const placeName = new Map(places.map((f) => [f.id, f.properties.name]));
	features.push(...spurs.map((sp) => spurFeature(sp, placeName.get(sp.place))));

	errors.push(...lengthReport(scales, sections));
	const totalKm = features.reduce((a, f) => a + km(f.geometry.coordinates as LngLat[]), 0);
	console.log(
		`${features.length} sections (${spurs.length} of them spurs to town points off their line), ${totalKm.toFixed(0)} km drawn in all; ${scales.size} sections carry a published length's scale`
	);
	writeJson('geodata/networks/rail-1918.geojson', { type: 'FeatureCollection', features });
	if (errors.length) throw new Error(`${errors.length} problem(s):\n- ${errors.join('\n- ')}`);
}
