// A Vite plugin that keeps, of MapLibre's stylesheet, the rules for what Echelon's map uses: the map,
// its canvas, markers, and the zoom, scale and attribution controls. The rest (the popup, the
// geolocate, fullscreen, globe and terrain controls, the compass and the logo, most of them with their
// icons inlined as SVG) is 62 of its 72 KB. What is left is small enough to go into the page's HTML
// (inlineStyleThreshold, svelte.config.js) instead of being a stylesheet the page must wait for
// before it can draw or run its start-up script (docs/performance.md, "Load time").
import postcss from 'postcss';
import type { Plugin } from 'vite';

/** Selectors of the MapLibre parts Echelon does not create (src/lib/map/create-map.ts). */
const UNUSED =
	/geolocate|fullscreen|shrink|terrain|globe|ctrl-logo|popup|compass|user-location|ctrl-icon-pitch|cooperative-gesture/;

/** MapLibre's CSS without the rules whose every selector names a part Echelon does not use. */
export function trimMapLibreCss(css: string): string {
	const root = postcss.parse(css);
	root.walkRules((rule) => {
		const kept = rule.selectors.filter((s) => !UNUSED.test(s));
		if (kept.length === 0) rule.remove();
		else rule.selectors = kept;
	});
	root.walkAtRules((at) => {
		if (at.nodes?.length === 0) at.remove();
	});
	return root.toString();
}

export function trimMapLibreCssPlugin(): Plugin {
	return {
		name: 'echelon-trim-maplibre-css',
		enforce: 'pre',
		transform(code, id) {
			if (!/maplibre-gl\/dist\/maplibre-gl\.css(\?|$)/.test(id)) return undefined;
			return { code: trimMapLibreCss(code), map: null };
		}
	};
}
