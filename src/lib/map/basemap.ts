// Turns the embedded Natural Earth topologies (src/lib/map/data/basemap.topo.json and, once the reader
// turns modern borders on, borders.topo.json; both built by scripts/build-basemap.ts) into the GeoJSON
// sources the style uses. No network beyond our own origin.
import { feature } from 'topojson-client';
import type { Topology, GeometryCollection } from 'topojson-specification';
import type { FeatureCollection, Geometry } from 'geojson';

export type BasemapLayerName = 'land' | 'lakes' | 'rivers';

function layer(topo: Topology, name: string): FeatureCollection<Geometry> {
	const object = topo.objects[name];
	if (!object) throw new Error(`basemap topology has no "${name}" object`);
	return feature(topo, object as GeometryCollection) as FeatureCollection<Geometry>;
}

export function basemapLayers(
	topo: Topology
): Record<BasemapLayerName, FeatureCollection<Geometry>> {
	return { land: layer(topo, 'land'), lakes: layer(topo, 'lakes'), rivers: layer(topo, 'rivers') };
}

/** The modern borders, from borders.topo.json (loaded only when they are first shown). */
export function bordersLayer(topo: Topology): FeatureCollection<Geometry> {
	return layer(topo, 'borders');
}
