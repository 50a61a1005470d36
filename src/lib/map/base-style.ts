/**
 * The embedded offline basemap style: sea, Natural Earth land, lakes and rivers, and the modern
 * borders (hidden until the reader turns them on). No glyphs or sprite URLs: nothing is fetched from
 * outside our origin. The journey layers are added on top by the components under layers/.
 * https://maplibre.org/maplibre-style-spec/
 */
import type { StyleSpecification } from 'maplibre-gl';
import type { Topology } from 'topojson-specification';
import { basemapLayers } from './basemap';
import { COLOR, LAYER, SOURCE } from './layer-styles';

const EMPTY: GeoJSON.FeatureCollection = { type: 'FeatureCollection', features: [] };

export function baseStyle(basemap: Topology, showBorders: boolean): StyleSpecification {
	const base = basemapLayers(basemap);
	return {
		version: 8,
		sources: {
			[SOURCE.basemapLand]: { type: 'geojson', data: base.land },
			[SOURCE.basemapLakes]: { type: 'geojson', data: base.lakes },
			[SOURCE.basemapRivers]: { type: 'geojson', data: base.rivers },
			// Filled by loadBorders when the reader first turns modern borders on.
			[SOURCE.basemapCountries]: { type: 'geojson', data: EMPTY }
		},
		layers: [
			{ id: LAYER.background, type: 'background', paint: { 'background-color': COLOR.sea } },
			{
				id: LAYER.land,
				type: 'fill',
				source: SOURCE.basemapLand,
				paint: { 'fill-color': COLOR.land }
			},
			{
				id: LAYER.lakes,
				type: 'fill',
				source: SOURCE.basemapLakes,
				paint: { 'fill-color': COLOR.sea }
			},
			{
				id: LAYER.rivers,
				type: 'line',
				source: SOURCE.basemapRivers,
				paint: { 'line-color': COLOR.river, 'line-width': 1 }
			},
			{
				id: LAYER.borders,
				type: 'line',
				source: SOURCE.basemapCountries,
				layout: { visibility: showBorders ? 'visible' : 'none' },
				paint: { 'line-color': COLOR.border, 'line-width': 0.8, 'line-dasharray': [3, 2] }
			}
		]
	};
}
