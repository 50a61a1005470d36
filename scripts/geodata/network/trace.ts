/**
 * A section's drawn line from its path: stations at their places' coordinates, shape points as
 * given. A town point inside a line that lies off the track is taken out and recorded as a spur.
 */
import { km, same } from './geometry';
import type { LngLat, PathItem, Section } from './spec';

/** A town point inside a line that would add more than this to a through train's course hangs on a spur. */
const SPUR_MIN_KM = 0.5;

export interface Spur {
	section: Section;
	place: string;
	from: LngLat;
	to: LngLat;
	/** Distance to the line's nearer neighbouring vertex. */
	offKm: number;
}

export interface Traced {
	coords: LngLat[];
	/** The place ids that stayed vertices of the line, in order. */
	stations: string[];
	spurs: Spur[];
}

/** The traced line, or a problem saying why the section cannot be built. */
export function traceSection(s: Section, coordOf: Map<string, LngLat>): Traced | string {
	const first = s.path[0];
	const last = s.path[s.path.length - 1];
	if (typeof first !== 'string' || typeof last !== 'string')
		return `${s.id}: path must start and end with a place id`;
	const missing = s.path.filter((p): p is string => typeof p === 'string' && !coordOf.has(p));
	if (missing.length)
		return `${s.id} (${s.name}): place(s) not in places.geojson: ${missing.join(', ')} — section skipped`;
	const at = (p: PathItem): LngLat => (typeof p === 'string' ? [...coordOf.get(p)!] : p);
	const coords: LngLat[] = [];
	const spurs: Spur[] = [];
	s.path.forEach((p, i) => {
		const c = at(p);
		// Through trains must not detour to a town centre beside the track: it goes on a spur.
		if (typeof p === 'string' && i > 0 && i < s.path.length - 1) {
			const a = at(s.path[i - 1]!);
			const b = at(s.path[i + 1]!);
			const detourKm = km([a, c]) + km([c, b]) - km([a, b]);
			if (detourKm > SPUR_MIN_KM) {
				const to = km([c, a]) <= km([c, b]) ? a : b;
				spurs.push({ section: s, place: p, from: c, to, offKm: Math.min(km([c, a]), km([c, b])) });
				return;
			}
		}
		if (coords.length && same(coords[coords.length - 1]!, c)) return;
		coords.push(c);
	});
	const off = new Set(spurs.map((sp) => sp.place));
	const stations = s.path.filter((p): p is string => typeof p === 'string' && !off.has(p));
	return { coords, stations, spurs };
}
