/**
 * What the map draws and how: source and layer ids, colours, and the layer specifications of the
 * journey layers. The components under layers/ add these; the legend reads the same definitions, so
 * the two can never drift apart. Types only from maplibre-gl: this module adds nothing to a bundle.
 * https://maplibre.org/maplibre-style-spec/layers/
 */
import type {
	CircleLayerSpecification,
	ExpressionSpecification,
	LineLayerSpecification,
	SymbolLayerSpecification
} from 'maplibre-gl';
import { NOTHING_TRAVELLED } from './travelled';

export const SOURCE = {
	basemapLand: 'basemap-land',
	basemapLakes: 'basemap-lakes',
	basemapRivers: 'basemap-rivers',
	basemapCountries: 'basemap-countries',
	legs: 'journey-legs',
	head: 'journey-head',
	stops: 'journey-stops'
} as const;

export const LAYER = {
	background: 'basemap-sea',
	land: 'basemap-land',
	lakes: 'basemap-lakes',
	rivers: 'basemap-rivers',
	borders: 'basemap-borders',
	legs: 'journey-legs',
	legsUncertain: 'journey-legs-reconstructed',
	head: 'journey-head',
	stops: 'journey-stops',
	stopLabels: 'journey-stop-labels'
} as const;

export const COLOR = {
	sea: '#c9dbe3',
	land: '#efe9dc',
	river: '#9dbccb',
	border: '#8a7f73',
	/** One colour per journey, picked to stay apart on the beige land and for colour-blind readers. */
	journey: { train: '#b3261e', exile: '#1f5fa8' } as Record<string, string>,
	journeyFallback: '#6b4c9a',
	stopStroke: '#ffffff',
	selected: '#111111'
} as const;

export function journeyColor(journeyId: string): string {
	return COLOR.journey[journeyId] ?? COLOR.journeyFallback;
}

/** Text font stack: no glyph server, so MapLibre draws labels with local fonts (TinySDF). */
export const LABEL_FONT = ['DejaVu Sans', 'Liberation Sans', 'sans-serif'];

/** The first view frames European Russia, where the train's trips run. [[west, south], [east, north]] */
export const INITIAL_BOUNDS: [[number, number], [number, number]] = [
	[26, 43],
	[62, 62]
];

const state = (name: string): ExpressionSpecification => [
	'boolean',
	['feature-state', name],
	false
];
const byJourney = [
	'match',
	['get', 'journey'],
	...Object.entries(COLOR.journey).flat(),
	COLOR.journeyFallback
] as unknown as ExpressionSpecification;

/** The whole route, faint until travelled ("done" feature-state), then bold; inferred legs dashed. */
export const LEG_LAYERS: LineLayerSpecification[] = [
	{
		id: LAYER.legs,
		type: 'line',
		source: SOURCE.legs,
		filter: ['!=', ['get', 'grade'], 'reconstructed'],
		layout: { 'line-join': 'round', 'line-cap': 'round' },
		paint: {
			'line-color': byJourney,
			'line-width': ['case', state('done'), 3, 2],
			'line-opacity': ['case', state('done'), 0.9, state('current'), 0.9, 0.3]
		}
	},
	{
		// Reconstructed legs are dashed: the reader sees at a glance which movements are inferred.
		id: LAYER.legsUncertain,
		type: 'line',
		source: SOURCE.legs,
		filter: ['==', ['get', 'grade'], 'reconstructed'],
		paint: {
			'line-color': byJourney,
			'line-width': ['case', state('done'), 2.5, 1.8],
			'line-opacity': ['case', state('done'), 0.85, 0.3],
			'line-dasharray': [2, 2]
		}
	}
];

/** The leg under way, drawn up to the marker: HeadLayer moves the gradient's edge each frame. */
export const HEAD_LAYER: LineLayerSpecification = {
	id: LAYER.head,
	type: 'line',
	source: SOURCE.head,
	layout: { 'line-join': 'round', 'line-cap': 'round' },
	paint: { 'line-gradient': NOTHING_TRAVELLED, 'line-width': 3.5, 'line-opacity': 1 }
};

/** Stops: hollow until the clock reaches them, filled after, ringed when selected; then labels. */
export const STOP_LAYERS: [CircleLayerSpecification, SymbolLayerSpecification] = [
	{
		id: LAYER.stops,
		type: 'circle',
		source: SOURCE.stops,
		paint: {
			'circle-color': ['case', state('visited'), byJourney, '#ffffff'],
			'circle-radius': ['case', state('selected'), 8, state('visited'), 5, 4],
			'circle-stroke-color': ['case', state('selected'), COLOR.selected, byJourney],
			'circle-stroke-width': ['case', state('selected'), 3, 1.5]
		}
	},
	{
		id: LAYER.stopLabels,
		type: 'symbol',
		source: SOURCE.stops,
		layout: {
			'text-field': ['get', 'name'],
			'text-font': LABEL_FONT,
			'text-size': 12,
			'text-offset': [0, 1.1],
			'text-anchor': 'top',
			'text-optional': true
		},
		paint: { 'text-color': '#2b2620', 'text-halo-color': '#ffffff', 'text-halo-width': 1.2 }
	}
];
