/**
 * How much of a route lies on land, by Natural Earth's 1:110m land (world-atlas, 55 KB, loaded in the
 * import worker only): the test that tells a route read the right way round from one whose latitude
 * and longitude are swapped (Paris read swapped lies in the Indian Ocean off Somalia).
 */
import { booleanPointInPolygon } from '@turf/turf';
import type { Feature, MultiPolygon, Polygon } from 'geojson';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import land110m from 'world-atlas/land-110m.json';

let land: Feature<Polygon | MultiPolygon>[] | undefined;

function landPolygons(): Feature<Polygon | MultiPolygon>[] {
	const topology = land110m as unknown as Topology<{ land: GeometryCollection }>;
	const collection = feature(topology, topology.objects.land);
	return collection.features as Feature<Polygon | MultiPolygon>[];
}

/** Positions tested at most: evenly spread, enough to tell land from sea on a million-point track. */
const SAMPLE = 400;

/** Half a degree (about 50 km): a port or a coast road lies on land at this scale, the open sea does not. */
const COAST_DEGREES = 0.5;
const NEAR: [number, number][] = [
	[0, 0],
	[COAST_DEGREES, 0],
	[-COAST_DEGREES, 0],
	[0, COAST_DEGREES],
	[0, -COAST_DEGREES]
];

function nearLand(land: Feature<Polygon | MultiPolygon>[], lng: number, lat: number): boolean {
	return NEAR.some(([dx, dy]) =>
		land.some((polygon) => booleanPointInPolygon([lng + dx, lat + dy], polygon))
	);
}

/** The share (0…1) of `[lng, lat]` positions on or near land; 1 for none. */
export function landShare(positions: readonly (readonly [number, number])[]): number {
	if (positions.length === 0) return 1;
	land ??= landPolygons();
	const step = Math.max(1, Math.floor(positions.length / SAMPLE));
	let tested = 0;
	let onLand = 0;
	for (let i = 0; i < positions.length; i += step) {
		const [lng, lat] = positions[i] ?? [0, 0];
		tested++;
		if (Math.abs(lat) > 90) continue;
		if (nearLand(land, lng, lat)) onLand++;
	}
	return onLand / tested;
}
