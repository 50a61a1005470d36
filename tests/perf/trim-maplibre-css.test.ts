import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { trimMapLibreCss } from '../../scripts/lib/trim-maplibre-css';

const css = readFileSync('node_modules/maplibre-gl/dist/maplibre-gl.css', 'utf8');
const trimmed = trimMapLibreCss(css);

describe('trimMapLibreCss', () => {
	it('keeps the rules of the parts the map uses', () => {
		for (const part of [
			'.maplibregl-map',
			'.maplibregl-canvas',
			'.maplibregl-marker',
			'.maplibregl-ctrl-zoom-in',
			'.maplibregl-ctrl-scale',
			'.maplibregl-ctrl-attrib-button',
			'.maplibregl-ctrl-bottom-right'
		]) {
			expect(trimmed, part).toContain(part);
		}
	});

	it('drops the parts it does not create, and most of the size', () => {
		for (const part of ['geolocate', 'fullscreen', 'popup', 'compass', 'ctrl-logo', 'terrain']) {
			expect(trimmed, part).not.toContain(part);
		}
		expect(trimmed.length).toBeLessThan(css.length / 4);
	});
});
