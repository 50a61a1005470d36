/**
 * The one length policy in the distances: a leg is measured along its drawn line, and where that
 * line runs on a network section whose length is published (`lengthScale` on the section), each km
 * of it counts the section's scale. So a leg over part of a section gets that part of its published
 * length, and the drawn line is never bent to fit.
 */
import { distance } from '@turf/turf';
import type { Position } from 'geojson';
import type { RailSectionFeature } from './schema';
import { vertexKey } from './cross-check-kit';

export interface ScaledLength {
	/** Along the drawn line. */
	drawnKm: number;
	/** With published lengths applied (= drawnKm where none covers the leg). */
	lengthKm: number;
	/** The sections whose published length scaled part of the leg, in the order first met. */
	scaledBy: string[];
}

type EdgeScales = Map<string, { section: string; factor: number }>;

/** Every drawn edge of a scaled section, both ways, with its section and factor. */
export function edgeScales(network: readonly RailSectionFeature[]): EdgeScales {
	const edges: EdgeScales = new Map();
	for (const s of network) {
		const scale = s.properties.lengthScale;
		if (!scale) continue;
		const keys = s.geometry.coordinates.map((c) => vertexKey(c as [number, number]));
		for (let i = 1; i < keys.length; i++) {
			const value = { section: s.id, factor: scale.factor };
			edges.set(`${keys[i - 1]}|${keys[i]}`, value);
			edges.set(`${keys[i]}|${keys[i - 1]}`, value);
		}
	}
	return edges;
}

/** A line's drawn and published-scaled lengths. */
export function scaledLength(coordinates: readonly Position[], edges: EdgeScales): ScaledLength {
	let drawnKm = 0;
	let lengthKm = 0;
	const scaledBy: string[] = [];
	coordinates.forEach((b, i) => {
		const a = coordinates[i - 1];
		if (!a) return;
		const segmentKm = distance(a, b, { units: 'kilometers' });
		const edge = edges.size
			? edges.get(`${vertexKey(a as [number, number])}|${vertexKey(b as [number, number])}`)
			: undefined;
		drawnKm += segmentKm;
		lengthKm += segmentKm * (edge?.factor ?? 1);
		if (edge && !scaledBy.includes(edge.section)) scaledBy.push(edge.section);
	});
	return { drawnKm, lengthKm, scaledBy };
}
