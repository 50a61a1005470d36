/**
 * Makes an imported journey's ids free to merge with what the page already has: the flagship data and
 * other imports are never overwritten. A journey id already in use gets a suffix (`-2`); a place or
 * source id already in use for something different is renamed (`_2`, `-2`) together with every
 * reference to it. Identical places and sources are shared as they are.
 */
import type { Place, Source } from '$lib/journey/schema';
import type { JourneyBundle } from './bundle';

export interface TakenIds {
	journeyIds: readonly string[];
	places: Readonly<Record<string, Place>>;
	sources: Readonly<Record<string, Source>>;
}

/** A fresh id: `base`, else `base<sep>2`, `base<sep>3`… */
export function freeId(base: string, taken: (id: string) => boolean, sep = '-'): string {
	if (!taken(base)) return base;
	for (let n = 2; ; n++) {
		const id = `${base}${sep}${n}`;
		if (!taken(id)) return id;
	}
}

export function resolveCollisions(bundle: JourneyBundle, taken: TakenIds): JourneyBundle {
	const journeyId = freeId(bundle.meta.id, (id) => taken.journeyIds.includes(id));

	const ownSources = new Set(bundle.sources.map((s) => s.id));
	const sourceRename = new Map<string, string>();
	for (const s of bundle.sources) {
		const existing = Object.hasOwn(taken.sources, s.id) ? taken.sources[s.id] : undefined;
		if (existing && canonical(existing) !== canonical(s)) {
			sourceRename.set(
				s.id,
				freeId(s.id, (id) => Object.hasOwn(taken.sources, id) || ownSources.has(id))
			);
		}
	}
	const ownPlaces = new Set(bundle.places.map((p) => p.id));
	const placeRename = new Map<string, string>();
	for (const p of bundle.places) {
		const existing = Object.hasOwn(taken.places, p.id) ? taken.places[p.id] : undefined;
		if (existing && canonical(existing) !== canonical(p.properties)) {
			placeRename.set(
				p.id,
				freeId(p.id, (id) => Object.hasOwn(taken.places, id) || ownPlaces.has(id), '_')
			);
		}
	}
	if (journeyId === bundle.meta.id && sourceRename.size === 0 && placeRename.size === 0) {
		return bundle;
	}

	// Sources are cited under the key "sources" everywhere in the schema; rewrite them all at once.
	const copy = JSON.parse(JSON.stringify(bundle), (key, value: unknown) =>
		key === 'sources' && Array.isArray(value)
			? value.map((id: unknown) => (typeof id === 'string' ? (sourceRename.get(id) ?? id) : id))
			: value
	) as JourneyBundle;
	const place = (id: string) => placeRename.get(id) ?? id;
	const stopRename = new Map<string, string>();
	copy.meta.id = journeyId;
	if (copy.meta.base) copy.meta.base = place(copy.meta.base);
	for (const s of copy.sources) s.id = sourceRename.get(s.id) ?? s.id;
	for (const p of copy.places) {
		p.id = place(p.id);
		p.properties.id = p.id;
	}
	for (const stop of copy.stops) {
		const renamed = placeRename.get(stop.properties.place);
		if (!renamed) continue;
		const m = /^(-?\d{4}-\d{2}-\d{2})-([a-z0-9_]+?)(-\d+)?$/.exec(stop.id);
		const id = m && m[2] === stop.properties.place ? `${m[1]}-${renamed}${m[3] ?? ''}` : stop.id;
		stopRename.set(stop.id, id);
		stop.id = id;
		stop.properties.id = id;
		stop.properties.place = renamed;
	}
	for (const leg of copy.legs) {
		const p = leg.properties;
		p.from = stopRename.get(p.from) ?? p.from;
		p.to = stopRename.get(p.to) ?? p.to;
		if (p.via) p.via = p.via.map(place);
	}
	return copy;
}

/** JSON with sorted keys, so two objects compare equal whatever order their keys came in. */
export function canonical(value: unknown): string {
	return JSON.stringify(value, (_, v: unknown) =>
		v && typeof v === 'object' && !Array.isArray(v)
			? Object.fromEntries(Object.entries(v).sort(([a], [b]) => a.localeCompare(b)))
			: v
	);
}
