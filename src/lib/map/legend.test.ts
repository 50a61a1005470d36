import { describe, expect, it } from 'vitest';
import { HOLDERS } from '$lib/journey/schema-control';
import { LEGEND } from './legend';
import {
	FRONT,
	FRONT_LAYER,
	HOLDER_COLOR,
	HOLDERS_DRAWN,
	NETWORK,
	NETWORK_LAYERS
} from './context-styles';
import { HEAD_LAYER, LAYER, LEG_LAYERS, LINE, STOP, STOP_LAYERS } from './layer-styles';

describe('the legend', () => {
	it('explains every layer the journeys, the borders, the network and the front are drawn with', () => {
		const explained = new Set(LEGEND.flatMap((e) => e.layers));
		for (const layer of [
			...LEG_LAYERS,
			HEAD_LAYER,
			...STOP_LAYERS,
			...NETWORK_LAYERS,
			FRONT_LAYER
		]) {
			expect(explained, layer.id).toContain(layer.id);
		}
		expect(explained).toContain(LAYER.borders);
	});

	it('draws its symbols with the numbers the map uses', () => {
		const byId = Object.fromEntries(LEGEND.map((e) => [e.id, e.symbol]));
		expect(byId.reconstructed).toMatchObject({ dash: LINE.dash, width: LINE.travelled.width });
		expect(byId['stop-selected']).toMatchObject({ radius: STOP.selected.radius });
		const dashed = LEG_LAYERS.find((l) => l.id === LAYER.legsUncertain);
		expect(dashed?.paint?.['line-dasharray']).toEqual(LINE.dash);
		expect(byId.network).toMatchObject({ color: NETWORK.color, opacity: NETWORK.opacity });
		expect(FRONT_LAYER.paint?.['circle-opacity']).toBe(FRONT.fillOpacity);
		expect(byId['holder-red']).toMatchObject({ fillOpacity: FRONT.fillOpacity });
		expect(byId['holder-white']).toMatchObject({ stroke: FRONT.whiteStroke });
	});

	it('names every holder of the data, in its colour, shown only with the front', () => {
		expect([...HOLDERS_DRAWN].sort()).toEqual([...HOLDERS].sort());
		for (const holder of HOLDERS) {
			const entry = LEGEND.find((e) => e.id === `holder-${holder}`);
			expect(entry?.symbol, holder).toMatchObject({ fill: HOLDER_COLOR[holder] });
			expect(entry?.when).toBe('front');
			expect(entry?.label.length).toBeGreaterThan(3);
		}
	});

	it('shows the optional layers’ entries only with them; the journeys’ always', () => {
		const optional = (id: string) => LEGEND.find((e) => e.id === id)?.when;
		expect(optional('borders')).toBe('borders');
		expect(optional('network')).toBe('network');
		expect(optional('travelled')).toBeUndefined();
		expect(optional('stop-visited')).toBeUndefined();
	});
});
