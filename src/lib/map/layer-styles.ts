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

export const SOURCE = {
	basemapLand: 'basemap-land',
	basemapLakes: 'basemap-lakes',
	basemapRivers: 'basemap-rivers',
	basemapCountries: 'basemap-countries',
	legs: 'journey-legs',
	head: 'journey-head',
	stops: 'journey-stops',
	network: 'period-network',
	front: 'front-places'
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
	stopLabels: 'journey-stop-labels',
	// The world the journeys moved through (context-styles.ts), drawn beneath the journeys.
	network: 'period-network',
	networkHit: 'period-network-hit',
	front: 'front-places'
} as const;

export const COLOR = {
	sea: '#c9dbe3',
	land: '#efe9dc',
	river: '#9dbccb',
	border: '#8a7f73',
	stopStroke: '#ffffff',
	selected: '#111111'
} as const;

/**
 * Journey colours, in the order the journeys are listed (the flagship ones first, then the reader's):
 * saturated and warm or dark, never a blue that reads as water on this basemap, and apart from each
 * other for colour-blind readers (checked with the Okabe–Ito and ColorBrewer Dark2 sets in mind).
 */
export const JOURNEY_PALETTE = [
	'#b3261e', // brick red
	'#6a3d9a', // violet
	'#c26a00', // amber
	'#1b7837', // green
	'#c2185b', // magenta
	'#5d4037', // brown
	'#00695c', // dark teal
	'#37474f' // slate
] as const;

/** Each journey's colour by its place in the list; the palette repeats past eight journeys. */
export function journeyColors(journeyIds: readonly string[]): Record<string, string> {
	return Object.fromEntries(
		journeyIds.map((id, i) => [id, JOURNEY_PALETTE[i % JOURNEY_PALETTE.length] as string])
	);
}

/**
 * The numbers the journey layers are drawn with, named once: the layer specifications below and the
 * legend (ui/Legend.svelte) both read them, so the key always shows what the map draws.
 */
export const LINE = {
	travelled: { width: 3, opacity: 0.9 },
	ahead: { width: 1.8, opacity: 0.5 },
	/** Reconstructed legs: dashes of 2 and gaps of 2 line widths. */
	dash: [2, 2] as [number, number],
	head: { width: 3.5 }
} as const;
export const STOP = {
	ahead: { radius: 4, fill: '#ffffff', strokeWidth: 1.5 },
	visited: { radius: 5, strokeWidth: 1.5 },
	selected: { radius: 8, strokeWidth: 3, stroke: COLOR.selected }
} as const;

/** Text font stack: no glyph server, so MapLibre draws labels with local fonts (TinySDF). */
export const LABEL_FONT = ['DejaVu Sans', 'Liberation Sans', 'sans-serif'];

/**
 * The first view frames European Russia, where the train's trips run: to a little past Yekaterinburg
 * (60.6° E) so that its name fits beside it, and from below Yekaterinodar (45.0° N), whose name is
 * set under it, to just above Petrograd (59.9° N). The fit keeps the top clear of the card over the
 * map (create-map.ts), so the frame is no taller than the stops need. [[west, south], [east, north]]
 */
export const INITIAL_BOUNDS: [[number, number], [number, number]] = [
	[26, 44.2],
	[64.5, 60.4]
];

const state = (name: string): ExpressionSpecification => [
	'boolean',
	['feature-state', name],
	false
];
// Each feature carries its journey's colour (map-features.ts), so imported journeys get theirs too.
const byJourney: ExpressionSpecification = ['get', 'color'];

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
			'line-width': ['case', state('done'), LINE.travelled.width, LINE.ahead.width],
			'line-opacity': ['case', state('done'), LINE.travelled.opacity, LINE.ahead.opacity]
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
			'line-width': ['case', state('done'), LINE.travelled.width, LINE.ahead.width],
			'line-opacity': ['case', state('done'), LINE.travelled.opacity, LINE.ahead.opacity],
			'line-dasharray': LINE.dash
		}
	}
];

/**
 * The leg under way, drawn up to the marker: HeadLayer cuts the leg into short pieces (travelled.ts)
 * and shows those behind the marker by feature-state, which redraws the map once, where a changed
 * paint property (a line-gradient's edge) redraws it twice.
 */
export const HEAD_LAYER: LineLayerSpecification = {
	id: LAYER.head,
	type: 'line',
	source: SOURCE.head,
	layout: { 'line-join': 'round', 'line-cap': 'round' },
	paint: {
		'line-color': byJourney,
		'line-width': LINE.head.width,
		'line-opacity': ['case', state('travelled'), 1, 0]
	}
};

/** Stops: hollow until the clock reaches them, filled after, ringed when selected; then labels. */
export const STOP_LAYERS: [CircleLayerSpecification, SymbolLayerSpecification] = [
	{
		id: LAYER.stops,
		type: 'circle',
		source: SOURCE.stops,
		paint: {
			'circle-color': ['case', state('visited'), byJourney, STOP.ahead.fill],
			'circle-radius': [
				'case',
				state('selected'),
				STOP.selected.radius,
				state('visited'),
				STOP.visited.radius,
				STOP.ahead.radius
			],
			'circle-stroke-color': ['case', state('selected'), STOP.selected.stroke, byJourney],
			'circle-stroke-width': [
				'case',
				state('selected'),
				STOP.selected.strokeWidth,
				STOP.ahead.strokeWidth
			]
		}
	},
	{
		// One label per place, the most important placed first; each keeps clear of its point by more
		// than the vehicle marker's radius (13 px), so the marker standing there never covers it.
		id: LAYER.stopLabels,
		type: 'symbol',
		source: SOURCE.stops,
		filter: ['==', ['get', 'label'], true],
		layout: {
			'text-field': ['get', 'name'],
			'text-font': LABEL_FONT,
			'text-size': ['interpolate', ['linear'], ['get', 'rank'], -2, 14, 3, 11],
			'symbol-sort-key': ['get', 'rank'],
			'text-variable-anchor': ['top', 'bottom', 'left', 'right'],
			'text-radial-offset': 1.3,
			'text-optional': true
		},
		paint: { 'text-color': '#2b2620', 'text-halo-color': '#ffffff', 'text-halo-width': 1.4 }
	}
];
