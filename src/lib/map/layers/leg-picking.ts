/**
 * Pointing at legs on the map: an invisible band along every leg, wider than the thin lines, takes
 * the clicks and the hover (a pointer cursor); a click selects the leg meant there (pick-leg.ts),
 * unless a stop drawn on top is under the pointer, which keeps its own click. RouteLayer loads this
 * once the map's first view has drawn, so its code is not in the first view (docs/performance.md).
 */
import type { LineLayerSpecification, Map as MapLibreMap, MapLayerMouseEvent } from 'maplibre-gl';
import type { JourneyIndex } from '$lib/journey/journey-index';
import { onLayer, removeFromMap } from '../context';
import { LAYER, LINE, SOURCE } from '../layer-styles';
import { pickLeg, type LegRef } from '../pick-leg';

/** Queried, never seen: MapLibre still finds features on a layer drawn at opacity 0. */
export const LEG_HIT_LAYER: LineLayerSpecification = {
	id: LAYER.legsHit,
	type: 'line',
	source: SOURCE.legs,
	paint: { 'line-width': LINE.hitWidth, 'line-opacity': 0 }
};

/** What the picking reads of the route layer when the pointer moves: current values, not copies. */
export interface LegPicking {
	index(): JourneyIndex;
	/** Index of the last stop the clock has reached. */
	reached(): number;
	onselect(journeyId: string, legId: string): void;
}

/** Starts picking legs on `map` (whose legs source exists); returns the function that stops it. */
export function pickLegsOn(map: MapLibreMap, get: LegPicking): () => void {
	map.addLayer(LEG_HIT_LAYER);
	const legAt = (e: MapLayerMouseEvent): LegRef | undefined => {
		if (map.queryRenderedFeatures(e.point, { layers: [LAYER.stops] }).length > 0) return undefined;
		const refs = (e.features ?? []).map((f) => f.properties as LegRef);
		return pickLeg(refs, get.index(), get.reached());
	};
	const stopListening = onLayer(map, LAYER.legsHit, {
		click: (e) => {
			const leg = legAt(e);
			if (leg) get.onselect(leg.journey, leg.id);
		},
		// A stop under the pointer keeps its own cursor and label (StopsLayer).
		mousemove: (e) => {
			if (legAt(e)) map.getCanvas().style.cursor = 'pointer';
		},
		mouseleave: () => (map.getCanvas().style.cursor = '')
	});
	return () => {
		stopListening();
		removeFromMap(map, [LAYER.legsHit]);
	};
}
