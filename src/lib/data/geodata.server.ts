// The build-time loader: Vite gathers every file under geodata/ as text and the journey core validates
// it. It runs during prerendering only, so a bad file fails `npm run build` with the file, feature and fix.
import { formatGeodataIssue, parseGeodata } from '$lib/journey/geodata';
import type { Geodata } from '$lib/journey/types';

// geodata/src/ holds the research tables `npm run geodata:build` reads, not data for the app.
const raw = import.meta.glob(['/geodata/**/*.{json,geojson}', '!/geodata/src/**'], {
	query: '?raw',
	import: 'default',
	eager: true
}) as Record<string, string>;

let cached: Geodata | undefined;

export function loadGeodata(): Geodata {
	if (cached) return cached;
	// Keys come as "/geodata/…"; the core names files relative to the repo root ("geodata/…").
	const files = Object.fromEntries(Object.entries(raw).map(([k, v]) => [k.slice(1), v]));
	const result = parseGeodata(files);
	if (!result.ok) {
		const lines = result.issues.map(formatGeodataIssue);
		throw new Error(`geodata/ is invalid (${lines.length} problem(s)):\n  ${lines.join('\n  ')}`);
	}
	cached = result.data;
	return cached;
}
