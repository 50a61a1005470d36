import { describe, expect, it } from 'vitest';
import { LEGEND } from './legend';
import { HEAD_LAYER, LAYER, LEG_LAYERS, LINE, STOP, STOP_LAYERS } from './layer-styles';

describe('the legend', () => {
	it('explains every layer the journeys and the borders are drawn with', () => {
		const explained = new Set(LEGEND.flatMap((e) => e.layers));
		for (const layer of [...LEG_LAYERS, HEAD_LAYER, ...STOP_LAYERS]) {
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
	});
});
