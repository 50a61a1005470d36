/**
 * Swapped latitude and longitude: offered when the file as written is implausible and the swapped
 * reading is not. Two signs: latitudes over 90 whose longitudes fit (then every row of the file is
 * swapped, not only those), or a route mostly at sea that lies on land once swapped.
 */
import { landShare } from './land';
import type { ImportResult } from './result';

const SWAP_HINT = /are latitude and longitude swapped\?/;

/** Swaps every position of plain GeoJSON features (Points, LineStrings, MultiLineStrings) in place. */
export function swapFeatureCoordinates(features: unknown[]): void {
	const flip = (p: unknown) =>
		Array.isArray(p) && p.length >= 2 ? [p[1], p[0], ...p.slice(2)] : p;
	for (const f of features) {
		const g = (f as { geometry?: { type?: unknown; coordinates?: unknown } } | null)?.geometry;
		if (!g || !Array.isArray(g.coordinates)) continue;
		if (g.type === 'Point') g.coordinates = flip(g.coordinates);
		else if (g.type === 'LineString') g.coordinates = g.coordinates.map(flip);
		else if (g.type === 'MultiLineString') {
			g.coordinates = g.coordinates.map((l: unknown) => (Array.isArray(l) ? l.map(flip) : l));
		}
	}
}

function positions(result: ImportResult): [number, number][] {
	if (!result.ok) return [];
	const stops = result.bundle.stops.map((s) => s.geometry.coordinates as [number, number]);
	const legs = result.bundle.legs.flatMap((l) => l.geometry.coordinates as [number, number][]);
	return [...stops, ...legs];
}

/** Why a swap would help, or undefined; `swapped` reads the same file swapped (called only if needed). */
export function swapOffer(result: ImportResult, swapped: () => ImportResult): string | undefined {
	const issues = result.ok ? result.skipped : result.issues;
	const over90 = issues.filter((i) => SWAP_HINT.test(i.message)).length;
	if (over90 > 0) {
		const other = swapped();
		const left = (other.ok ? other.skipped : other.issues).filter((i) => /outside/.test(i.message));
		if (!other.ok || left.length > 0) return undefined;
		return `${over90.toLocaleString('en-GB')} ${over90 === 1 ? 'row has' : 'rows have'} a latitude over 90 with a longitude that fits: latitude and longitude look swapped in the whole file.`;
	}
	if (!result.ok) return undefined;
	const asWritten = landShare(positions(result));
	if (asWritten >= 0.3) return undefined;
	const other = swapped();
	const onLand = landShare(positions(other));
	if (!other.ok || onLand < 0.8) return undefined;
	const pct = (x: number) => `${Math.round(x * 100)}%`;
	return `As written, ${pct(1 - asWritten)} of the route lies at sea; with latitude and longitude swapped, ${pct(onLand)} of it lies on land.`;
}
