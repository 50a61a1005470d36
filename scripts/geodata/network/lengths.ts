/**
 * One length policy: a section is drawn through its stations and shape points only, and where a
 * published length covers it (its own, or a line check spanning several sections) the section
 * carries a scale, published ÷ drawn, that the distance engine applies to the part of the section
 * a leg uses. A section's own published length comes first; a line check scales the members that
 * have none and that no earlier check has scaled, by what the check's length leaves for them.
 */
import { km, same, toKm } from './geometry';
import type { LineCheck, LngLat, Section } from './spec';

export interface LengthScale {
	/** Published ÷ drawn, applied to every km of the section a leg runs on. */
	factor: number;
	/** The published length that sets it: the section itself or a line check. */
	by: string;
	publishedKm: number;
	drawnKm: number;
	/** Set by a line check of today's km posts rather than a published length. */
	kmPosts?: boolean;
}

/** Length of a section as a line check counts it, leaving out its `exclude` part. */
export function partLength(
	id: string,
	coords: LngLat[],
	exclude: LineCheck['exclude'],
	errors: string[]
): number {
	if (!exclude || exclude.section !== id) return km(coords);
	const indexOf = (at: LngLat) => {
		const idx = coords.findIndex((c) => same(c, at));
		if (idx < 0) errors.push(`exclude on ${id}: no vertex at ${at.join(',')}`);
		return idx;
	};
	const idx = indexOf(exclude.at);
	if (idx < 0) return km(coords);
	if (exclude.side === 'outside') {
		const end = indexOf(exclude.until!);
		if (end < 0) return km(coords);
		return km(coords.slice(Math.min(idx, end), Math.max(idx, end) + 1));
	}
	return exclude.side === 'from' ? km(coords.slice(0, idx + 1)) : km(coords.slice(idx));
}

/** The scale of every section a published length covers, by section id. */
export function lengthScales(
	drawn: ReadonlyMap<string, LngLat[]>,
	sections: readonly Section[],
	checks: readonly LineCheck[],
	errors: string[]
): Map<string, LengthScale> {
	const scales = new Map<string, LengthScale>();
	for (const s of sections) {
		const coords = drawn.get(s.id);
		if (!s.published || !coords) continue;
		const drawnKm = km(coords);
		const publishedKm = toKm(s.published);
		scales.set(s.id, { factor: publishedKm / drawnKm, by: s.id, publishedKm, drawnKm });
	}
	for (const l of checks) {
		if (l.sections.some((id) => !drawn.has(id))) continue;
		const part = (id: string) => partLength(id, drawn.get(id)!, l.exclude, errors);
		const open = l.sections.filter((id) => !scales.has(id));
		if (open.length === 0) continue;
		// What the check's length leaves once the already-scaled members count at their scale.
		const fixedKm = l.sections
			.filter((id) => scales.has(id))
			.reduce((a, id) => a + part(id) * scales.get(id)!.factor, 0);
		const openDrawnKm = open.reduce((a, id) => a + part(id), 0);
		const publishedKm = toKm(l.published) - fixedKm;
		if (publishedKm <= 0 || openDrawnKm <= 0) {
			errors.push(`line check ${l.id}: its scaled members already exceed its published length`);
			continue;
		}
		const factor = publishedKm / openDrawnKm;
		const scale = { factor, by: l.id, publishedKm, drawnKm: openDrawnKm };
		for (const id of open) scales.set(id, l.kmPosts ? { ...scale, kmPosts: true } : scale);
	}
	return scales;
}
