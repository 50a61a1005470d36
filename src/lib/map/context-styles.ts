/**
 * The layer specifications of the world the journeys moved through: the period rail network and the
 * places of the front in their holders' colours. Their numbers and colours are in layer-styles.ts,
 * beside the journeys', and the legend reads them from there. NetworkLayer and ControlLayer add these
 * beneath the journey layers while their layer is on. Types only from maplibre-gl.
 * https://maplibre.org/maplibre-style-spec/layers/
 */
import type {
	CircleLayerSpecification,
	ExpressionSpecification,
	LineLayerSpecification
} from 'maplibre-gl';
import type { Holder } from '$lib/journey/schema';
import { FRONT, HOLDER_COLOR, HOLDERS_DRAWN, LAYER, NETWORK, SOURCE } from './layer-styles';

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
