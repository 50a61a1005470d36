/**
 * Rail legs routed in-process on the period network with the app's own router, through the leg's
 * `via` places, on the network as open on the leg's first day. A leg the network cannot route (no
 * line known there, or none open then) is drawn straight and reported, not fatal: its reasoning says
 * why. Routes over sections that may not yet have been open, or drawn more than 5% off their
 * published length, get a caution note, since the stop panel shows a leg's notes and not the network's.
 * Given the places held by the other side on a day (`avoidOn`, from the control data), a leg whose
 * shortest route passes one goes round it where an open line allows, and says so in a caution note;
 * one that cannot is reported (and `--check-routes` asks it for a reasoning).
 */
import { legDays } from '../../../src/lib/journey/distance';
import type { RailRouter } from '../../../src/lib/journey/routing';
import type { Holder, LngLat, Note, RailSectionFeature } from '../../../src/lib/journey/schema';
import { formatIsoDate } from '../../../src/lib/format/dates';
import { HOLDER_NAME } from '../../../src/lib/format/front-context';
import { FRONT_PASS_KM } from '../../../src/lib/journey/front-checks';
import type { UncertainOpening } from '../../../src/lib/journey/route-sections';
import { round5 } from '../lib/io';
import type { PlannedLeg } from './legs';

export interface RouteContext {
	router: RailRouter;
	sectionById: ReadonlyMap<string, RailSectionFeature>;
	coordOf: ReadonlyMap<string, [number, number]>;
	sourceIds: ReadonlySet<string>;
	/** The places held by the other side on a day, with the sources of the holding. */
	avoidOn?: (date: string) => OtherSidePoint[];
}

export interface OtherSidePoint {
	id: string;
	name: string;
	coordinates: LngLat;
	holder: Holder;
	sources: string[];
}

export interface RoutingReport {
	/** One line per leg left straight. */
	unrouted: string[];
	/** One line per leg that went round places held by the other side. */
	wentRound: string[];
	/** One line per leg whose every open route passes a place held by the other side. */
	passes: string[];
}

/** Routes every leg of shape `routed` in place; reports what it could not do as planned. */
export function routeRailLegs(legs: readonly PlannedLeg[], ctx: RouteContext): RoutingReport {
	const report: RoutingReport = { unrouted: [], wentRound: [], passes: [] };
	const { unrouted } = report;
	for (const { feature, from, to } of legs) {
		const p = feature.properties;
		if (p.shape !== 'routed') continue;
		const date = legDays(from, to).startDate;
		const places = [from.properties.place, ...(p.via ?? []), to.properties.place];
		const avoid = date ? ctx.avoidOn?.(date) : undefined;
		const result = ctx.router.routeThrough(
			places.filter((id, i) => id !== places[i - 1]),
			date,
			avoid && { avoid }
		);
		const coordinates = result.ok ? roundedPath(result.route.coordinates) : [];
		if (!result.ok || coordinates.length < 2) {
			feature.properties = { ...p, shape: 'straight' };
			unrouted.push(
				`${feature.id} (${date ?? 'undated'}): ${result.ok ? 'from and to are the same place' : result.message}`
			);
			continue;
		}
		// The ends are the places themselves, not the path finder's rounding of them.
		coordinates[0] = ctx.coordOf.get(from.properties.place) ?? coordinates[0]!;
		coordinates[coordinates.length - 1] =
			ctx.coordOf.get(to.properties.place) ?? coordinates.at(-1)!;
		const { sections, uncertainOpenings, wentRound, passes } = result.route;
		const held = (ids: string[] = []) => (avoid ?? []).filter((a) => ids.includes(a.id));
		if (wentRound) report.wentRound.push(`${feature.id} (${date}): round ${wentRound.join(', ')}`);
		if (passes) report.passes.push(`${feature.id} (${date}): passes ${passes.join(', ')}`);
		const notes = [
			...(p.notes ?? []),
			...(wentRound && date ? [roundNote(held(wentRound), date)] : []),
			...uncertainOpenings.map((u) => openingNote(u, p.sources, ctx)),
			...lengthNotes(sections, p.sources, ctx)
		];
		feature.geometry = { type: 'LineString', coordinates };
		feature.properties = {
			...p,
			shape: 'routed',
			network: sections,
			...(notes.length > 0 && { notes })
		};
	}
	return report;
}

function roundNote(places: OtherSidePoint[], date: string): Note {
	const named = places.map((a) => `${a.name} (${HOLDER_NAME[a.holder]})`).join(', ');
	return {
		kind: 'caution',
		text: `Routed round ${named}, held by the other side on ${formatIsoDate(date)} in the control data (who held what): the shortest line ran within ${FRONT_PASS_KM} km of it. The line taken is not recorded.`,
		sources: [...new Set(places.flatMap((a) => a.sources))]
	};
}

function roundedPath(path: readonly [number, number][]): [number, number][] {
	const out: [number, number][] = [];
	for (const [x, y] of path) {
		const c: [number, number] = [round5(x), round5(y)];
		const last = out.at(-1);
		if (!last || last[0] !== c[0] || last[1] !== c[1]) out.push(c);
	}
	return out;
}

/** A section's sources that the bibliography has, else the leg's own. */
function sourcesOf(sectionIds: readonly string[], fallback: string[], ctx: RouteContext): string[] {
	const ids = [
		...new Set(sectionIds.flatMap((id) => ctx.sectionById.get(id)?.properties.sources ?? []))
	];
	const known = ids.filter((id) => ctx.sourceIds.has(id));
	return known.length > 0 ? known : fallback;
}

function openingNote(u: UncertainOpening, legSources: string[], ctx: RouteContext): Note {
	return {
		kind: 'caution',
		text: `Routed over network section ${u.section}, whose opening is only bracketed (${u.earliest ?? '?'} – ${u.latest}): it may not yet have been open on the day of this leg.`,
		sources: sourcesOf([u.section], legSources, ctx)
	};
}

/**
 * Sections drawn more than 5% off their published (or km-post) length: the leg's distance uses
 * the latter, and the note says which kind of length it is.
 */
const NOTE_SCALE_ABOVE = 0.05;

function lengthNotes(sections: readonly string[], legSources: string[], ctx: RouteContext): Note[] {
	const scale = (id: string) => ctx.sectionById.get(id)?.properties.lengthScale;
	const factor = (id: string) => scale(id)?.factor ?? 1;
	const off = sections.filter((id) => Math.abs(factor(id) - 1) > NOTE_SCALE_ABOVE);
	if (off.length === 0) return [];
	const kmPosts = (id: string) => scale(id)?.basis === 'km-posts';
	const pct = (id: string) => {
		// Drawn ÷ counted = 1 / factor: how much of the counted length the drawing lacks (or adds).
		const p = (1 - 1 / factor(id)) * 100;
		const what = kmPosts(id) ? "its length by today's km posts" : 'its published length';
		return `drawn ${Math.abs(p).toFixed(1)}% ${p > 0 ? 'short of' : 'over'} ${what}`;
	};
	const kinds = off.map((id) =>
		kmPosts(id) ? "the length by today's km posts" : 'the published length'
	);
	return [
		{
			kind: 'caution',
			text: `Part of this route runs over ${off.map((id) => `${id} (${pct(id)})`).join(', ')}: the line is drawn through its stations and shape points only, and the distance counts ${[...new Set(kinds)].join(' or ')} for the part of the section the leg uses.`,
			sources: sourcesOf(off, legSources, ctx)
		}
	];
}
