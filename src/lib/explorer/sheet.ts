/**
 * The bottom sheet on a phone: below this width the side panel lies over the map's foot, and at its
 * "half" snap it covers this share of the map (SidePanel's CSS says the same). A selection that opens
 * the sheet frames itself above it (select-leg.ts).
 */
import type { SheetSnap } from './explorer.svelte';

export const PHONE_QUERY = '(max-width: 700px)';
export const SHEET_HALF = 0.55;

/** The share of the map's height the sheet hides at its foot: only on a phone, only half-open. */
export function sheetCover(sheet: SheetSnap): number {
	const phone = globalThis.matchMedia?.(PHONE_QUERY).matches ?? false;
	return phone && sheet === 'half' ? SHEET_HALF : 0;
}

/** The map's width over its height (MapView's element), 1 where there is none (Node). */
export function mapAspect(): number {
	const map = globalThis.document?.querySelector('[data-testid="map"]');
	return map && map.clientHeight > 0 ? map.clientWidth / map.clientHeight : 1;
}
