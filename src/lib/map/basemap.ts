// Turns the embedded Natural Earth topology (src/lib/map/data/basemap.topo.json, built by
// scripts/build-basemap.ts) into the GeoJSON sources the style uses. No network beyond our own origin.
import { feature } from 'topojson-client';
import type { Topology, GeometryCollection } from 'topojson-specification';
import type { FeatureCollection, Geometry } from 'geojson';

export type BasemapLayerName = 'land' | 'lakes' | 'rivers' | 'borders';

export function basemapLayers(
	topo: Topology
): Record<BasemapLayerName, FeatureCollection<Geometry>> {
	const layer = (name: BasemapLayerName) => {
		const object = topo.objects[name];
		if (!object) throw new Error(`basemap topology has no "${name}" object`);
		return feature(topo, object as GeometryCollection) as FeatureCollection<Geometry>;
	};
	return {
		land: layer('land'),
		lakes: layer('lakes'),
		rivers: layer('rivers'),
		borders: layer('borders')
	};
}
