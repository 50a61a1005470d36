/**
 * The map's key, as data: every symbol the journey layers draw, with the numbers those layers use
 * (layer-styles.ts), so the legend (ui/Legend.svelte) cannot show one thing while the map draws
 * another. Each entry names the layers it explains; a test checks that every drawn layer has one.
 */
import { COLOR, LAYER, LINE, STOP } from './layer-styles';

export type LegendSymbol =
	| { kind: 'line'; width: number; opacity: number; dash?: readonly number[] }
	| {
			kind: 'circle';
			radius: number;
			fill: 'white' | 'journey';
			stroke: string | 'journey';
			strokeWidth: number;
	  }
	| { kind: 'vehicle' }
	| { kind: 'border' };

export interface LegendEntry {
	id: string;
	label: string;
	symbol: LegendSymbol;
	/** The map layers this entry explains. */
	layers: readonly string[];
}

export const LEGEND: readonly LegendEntry[] = [
	{
		id: 'travelled',
		label: 'Route travelled so far',
		symbol: { kind: 'line', ...LINE.travelled },
		layers: [LAYER.legs, LAYER.head]
	},
	{
		id: 'ahead',
		label: 'Route still to come',
		symbol: { kind: 'line', ...LINE.ahead },
		layers: [LAYER.legs]
	},
	{
		id: 'reconstructed',
		label: 'Dashed: a movement we infer (no source states it)',
		symbol: { kind: 'line', ...LINE.travelled, dash: LINE.dash },
		layers: [LAYER.legsUncertain]
	},
	{
		id: 'stop-ahead',
		label: 'Stop not yet reached',
		symbol: {
			kind: 'circle',
			radius: STOP.ahead.radius,
			fill: 'white',
			stroke: 'journey',
			strokeWidth: STOP.ahead.strokeWidth
		},
		layers: [LAYER.stops, LAYER.stopLabels]
	},
	{
		id: 'stop-visited',
		label: 'Stop reached',
		symbol: {
			kind: 'circle',
			radius: STOP.visited.radius,
			fill: 'journey',
			stroke: 'journey',
			strokeWidth: STOP.visited.strokeWidth
		},
		layers: [LAYER.stops]
	},
	{
		id: 'stop-selected',
		label: 'Stop selected',
		symbol: {
			kind: 'circle',
			radius: STOP.selected.radius,
			fill: 'journey',
			stroke: STOP.selected.stroke,
			strokeWidth: STOP.selected.strokeWidth
		},
		layers: [LAYER.stops]
	},
	{ id: 'vehicle', label: 'Where the journey is now', symbol: { kind: 'vehicle' }, layers: [] },
	{
		id: 'borders',
		label: 'Modern borders (when shown)',
		symbol: { kind: 'border' },
		layers: [LAYER.borders]
	}
];

/** Colours the legend draws with that are not a journey's own. */
export const LEGEND_COLOR = { border: COLOR.border, land: COLOR.land } as const;
