// Small inline SVG glyphs for the moving marker, one per mode of travel (no icon font, no network).
import type { Mode } from '$lib/journey/schema';

export const VEHICLE_PATHS: Record<Mode, string> = {
	// A locomotive: boiler, cab, chimney and wheels.
	rail: 'M3 14h12v-5h-3V6h-2v3H6V7H4v7zm13 0h3v-7h-4v7zM5 17a1.5 1.5 0 1 0 3 0a1.5 1.5 0 1 0-3 0zm6 0a1.5 1.5 0 1 0 3 0a1.5 1.5 0 1 0-3 0zm5 0a1.5 1.5 0 1 0 3 0a1.5 1.5 0 1 0-3 0z',
	// A steamer: hull, superstructure and funnel.
	sea: 'M2 14h20l-3 5H5zM6 13V9h9v4zm3-5V5h2v3z',
	river: 'M2 14h20l-3 5H5zM6 13V9h9v4zm3-5V5h2v3z',
	// A car: body, cabin and wheels.
	car: 'M3 15v-3l2-4h10l3 4h3v3zm4 2a1.6 1.6 0 1 0 0.01 0zm10 0a1.6 1.6 0 1 0 0.01 0z',
	road: 'M3 15v-3l2-4h10l3 4h3v3zm4 2a1.6 1.6 0 1 0 0.01 0zm10 0a1.6 1.6 0 1 0 0.01 0z',
	// A sledge: seat on curved runners.
	sledge: 'M5 8h11v5H5zM3 16h15c2 0 3-1 3-3h-2c0 1-.5 1-1 1H3z',
	foot: 'M12 4a2 2 0 1 0 0.01 0zM10 8h4l1 6-2 1 1 5h-2l-1-4-1 4H8l2-7z'
};

export function vehicleSvg(mode: Mode, color: string): string {
	return (
		`<svg viewBox="0 0 24 24" width="26" height="26" aria-hidden="true">` +
		`<circle cx="12" cy="12" r="11.5" fill="#fff" stroke="${color}" stroke-width="1.5"/>` +
		`<path d="${VEHICLE_PATHS[mode]}" fill="${color}" transform="translate(2.4 1.6) scale(0.8)"/></svg>`
	);
}
