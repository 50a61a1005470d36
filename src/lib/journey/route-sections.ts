/**
 * Which network sections a routed line runs over, read edge by edge from its coordinates. The path
 * finder's own edge data merges the sections of a whole stretch between junctions, so it names
 * sections a route only touches at an end; the edges themselves do not.
 */
import type { RailSectionFeature } from './schema';

/** A coordinate as the network's vertices are keyed: 5 decimals, about 1 m. */
export const coordKey = (c: readonly number[]) => `${c[0]?.toFixed(5)},${c[1]?.toFixed(5)}`;

/**
 * A function giving the sections along a line of network vertices, in the order passed. Where two
 * sections share an edge the route stays on the one it is on, else takes the one that carries on
 * past the edge. A section the route leaves and comes back to is listed again.
 */
export function sectionsAlong(
	sections: readonly RailSectionFeature[]
): (coordinates: readonly (readonly number[])[]) => string[] {
	const onEdge = new Map<string, string[]>();
	for (const section of sections) {
		const cs = section.geometry.coordinates;
		for (let i = 1; i < cs.length; i++) {
			const [a, b] = [coordKey(cs[i - 1] ?? []), coordKey(cs[i] ?? [])];
			for (const edge of [`${a}|${b}`, `${b}|${a}`]) {
				onEdge.set(edge, [...(onEdge.get(edge) ?? []), section.id]);
			}
		}
	}
	return (coordinates) => {
		const candidates: string[][] = [];
		for (let i = 1; i < coordinates.length; i++) {
			const edge = `${coordKey(coordinates[i - 1] ?? [])}|${coordKey(coordinates[i] ?? [])}`;
			candidates.push(onEdge.get(edge) ?? []);
		}
		const passed: string[] = [];
		let current: string | undefined;
		candidates.forEach((ids, i) => {
			if (current === undefined || !ids.includes(current)) {
				current = ids.find((id) => candidates[i + 1]?.includes(id)) ?? ids[0];
			}
			if (current !== undefined && passed.at(-1) !== current) passed.push(current);
		});
		return passed;
	};
}

/** A section whose opening is known only within a bracket that ends after the day routed on. */
export interface UncertainOpening {
	section: string;
	earliest?: string;
	latest: string;
}

/**
 * The sections of a route (as `sectionsAlong` lists them) that may not yet have been open on `date`:
 * usable from their `opened.date`, but with an `opened.latest` after `date`.
 */
export function uncertainOpenings(
	sectionIds: readonly string[],
	byId: ReadonlyMap<string, RailSectionFeature>,
	date: string | undefined
): UncertainOpening[] {
	if (date === undefined) return [];
	return sectionIds.flatMap((id) => {
		const opened = byId.get(id)?.properties.opened;
		if (!opened?.latest || opened.latest <= date) return [];
		return [
			{ section: id, ...(opened.earliest && { earliest: opened.earliest }), latest: opened.latest }
		];
	});
}

/** The sections by id, for looking them up (`uncertainOpenings`, the leg panel). */
export function sectionsById(
	sections: readonly RailSectionFeature[]
): ReadonlyMap<string, RailSectionFeature> {
	return new Map(sections.map((s) => [s.id, s]));
}
