/**
 * The map's key, as data: every symbol the journey layers and the optional layers (modern borders,
 * the period rail network, the front) draw, with the numbers those layers use (layer-styles.ts,
 * context-styles.ts), so
 * the legend (ui/Legend.svelte) cannot show one thing while the map draws another. Each entry names
 * the layers it explains; a test checks that every drawn layer has one.
 */
import type { Holder } from '$lib/journey/schema';
import { FRONT, HOLDER_COLOR, HOLDERS_DRAWN, NETWORK } from './context-styles';
import { COLOR, LAYER, LINE, STOP } from './layer-styles';

/** Colours are CSS colours, or 'journey' for the current journey's own. */
export type LegendSymbol =
	| { kind: 'line'; width: number; opacity: number; dash?: readonly number[]; color?: string }
	| {
			kind: 'circle';
			radius: number;
			fill: string;
			stroke: string;
			strokeWidth: number;
			fillOpacity?: number;
	  }
	| { kind: 'vehicle' }
	| { kind: 'border' };

export interface LegendEntry {
	id: string;
	label: string;
	symbol: LegendSymbol;
	/** The map layers this entry explains. */
	layers: readonly string[];
	/** Shown only while this optional layer is on. */
	when?: 'borders' | 'network' | 'front';
}

/** Who held a place, as the legend and the panels name them (the army in detail is the data's). */
export const HOLDER_LABEL: Record<Holder, string> = {
	red: 'Red (Soviet)',
	white: 'White (Komuch and Czechoslovaks, Kolchak, Denikin’s AFSR, Yudenich, Wrangel…)',
	ukrainian: 'Ukrainian (UNR Directory)',
	polish: 'Polish',
	'central-powers': 'Central Powers (German and Austro-Hungarian armies)',
	allied: 'Allied intervention',
	green: 'Green (Makhno, peasant armies)',
	other: 'Other (Estonian, Lithuanian, local insurgents)',
	unknown: 'Not known'
};

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
		layers: [LAYER.borders],
		when: 'borders'
	},
	{
		id: 'network',
		label: 'Railway open on the date (click one for its details)',
		symbol: { kind: 'line', width: NETWORK.width, opacity: NETWORK.opacity, color: NETWORK.color },
		layers: [LAYER.network, LAYER.networkHit],
		when: 'network'
	},
	...HOLDERS_DRAWN.map((holder): LegendEntry => ({
		id: `holder-${holder}`,
		label: HOLDER_LABEL[holder],
		symbol: {
			kind: 'circle',
			// The legend's row is 16 px high: the disc at most 6.5 px in radius.
			radius: Math.min(FRONT.radius, 6.5),
			fill: HOLDER_COLOR[holder],
			fillOpacity: FRONT.fillOpacity,
			stroke: holder === 'white' ? FRONT.whiteStroke : HOLDER_COLOR[holder],
			strokeWidth: FRONT.strokeWidth
		},
		layers: [LAYER.front],
		when: 'front'
	}))
];

/** Colours the legend draws with that are not a journey's own. */
export const LEGEND_COLOR = { border: COLOR.border, land: COLOR.land } as const;
