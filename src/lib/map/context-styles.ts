/**
 * How the world the journeys moved through is drawn: the period rail network and the places of the
 * front in their holders' colours, their numbers and colours and their layer specifications, beside
 * the journeys' (layer-styles.ts, which keeps every source and layer id). The legend reads the same
 * numbers. Its own module, not layer-styles.ts: only the layers and the legend's key, loaded when
 * first wanted, need it, so it adds nothing to the first view. NetworkLayer and ControlLayer add
 * these beneath the journey layers while their layer is on. Types only from maplibre-gl.
 * https://maplibre.org/maplibre-style-spec/layers/
 */
import type {
	CircleLayerSpecification,
	ExpressionSpecification,
	LineLayerSpecification
} from 'maplibre-gl';
import type { Holder } from '$lib/journey/schema';
import { LAYER, SOURCE } from './layer-styles';

/**
 * The period rail network: a thin dark grey line, as railways are drawn on a period map, quiet under
 * the journeys (drawn beneath them); the section clicked is drawn darker and wider.
 */
export const NETWORK = {
	color: '#4f4a43',
	/** Width at zoom 5 (px); thinner zoomed out, wider zoomed in. */
	width: 1.1,
	opacity: 0.7,
	selected: { color: '#111111', width: 3 }
} as const;

/**
 * Who held a place, by holder: the Reds red and the Whites white as the war named them, the others
 * in hues no journey colour uses (no brick red, violet, amber, dark green or teal: see
 * JOURNEY_PALETTE); unknown in grey.
 */
export const HOLDER_COLOR: Record<Holder, string> = {
	red: '#e8503f',
	white: '#ffffff',
	ukrainian: '#f5c518',
	polish: '#4a7fd0',
	'central-powers': '#2f2f2f',
	allied: '#67c5d0',
	green: '#7cc464',
	other: '#c58fd6',
	unknown: '#b5ada2'
};
/** The holders in the legend's order; a test checks that they are all of the data's. */
export const HOLDERS_DRAWN = Object.keys(HOLDER_COLOR) as Holder[];
/**
 * A place of the front: a translucent disc ringed in its holder's colour (white's ring in grey, to
 * read on the land), larger than a stop, so it reads as the ground around a town and a stop drawn on
 * it stays a sharp dot inside it.
 */
export const FRONT = {
	radius: 9,
	fillOpacity: 0.45,
	strokeWidth: 1.5,
	whiteStroke: '#8a8378'
} as const;

const selected: ExpressionSpecification = ['boolean', ['feature-state', 'selected'], false];

/** Every section in one source; NetworkLayer filters it to the sections open on the clock's day. */
export const NETWORK_LAYERS: [LineLayerSpecification, LineLayerSpecification] = [
	{
		id: LAYER.network,
		type: 'line',
		source: SOURCE.network,
		layout: { 'line-join': 'round' },
		paint: {
			'line-color': ['case', selected, NETWORK.selected.color, NETWORK.color],
			// Zoom may only be the input of a top-level interpolate, so the state is asked at each stop.
			'line-width': [
				'interpolate',
				['linear'],
				['zoom'],
				3,
				['case', selected, NETWORK.selected.width, NETWORK.width * 0.7],
				5,
				['case', selected, NETWORK.selected.width, NETWORK.width],
				9,
				['case', selected, NETWORK.selected.width, 2]
			],
			'line-opacity': ['case', selected, 1, NETWORK.opacity]
		}
	},
	{
		// Not drawn (opacity 0): a wider band around each line, so a thin line is easy to click.
		id: LAYER.networkHit,
		type: 'line',
		source: SOURCE.network,
		paint: { 'line-width': 12, 'line-opacity': 0 }
	}
];

/** A colour per holder, from the place's `holder` feature-state (ControlLayer sets it per day). */
function byHolder(color: (holder: Holder) => string): ExpressionSpecification {
	return [
		'match',
		['to-string', ['feature-state', 'holder']],
		...HOLDERS_DRAWN.filter((h) => h !== 'unknown').flatMap((h) => [h, color(h)]),
		color('unknown')
	] as unknown as ExpressionSpecification;
}
export const HOLDER_COLOR_EXPRESSION = byHolder((h) => HOLDER_COLOR[h]);
/** The ring: the holder's colour, but grey for white (a white ring vanishes on the land). */
export const HOLDER_STROKE_EXPRESSION = byHolder((h) =>
	h === 'white' ? FRONT.whiteStroke : HOLDER_COLOR[h]
);

export const FRONT_LAYER: CircleLayerSpecification = {
	id: LAYER.front,
	type: 'circle',
	source: SOURCE.front,
	paint: {
		'circle-color': HOLDER_COLOR_EXPRESSION,
		'circle-opacity': FRONT.fillOpacity,
		'circle-radius': [
			'interpolate',
			['linear'],
			['zoom'],
			3,
			FRONT.radius - 3,
			5,
			FRONT.radius,
			9,
			14
		],
		'circle-stroke-color': HOLDER_STROKE_EXPRESSION,
		'circle-stroke-width': FRONT.strokeWidth
	}
};
