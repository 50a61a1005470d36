/**
 * One place of geodata/places.geojson from its table row. The defaults here are the rules the
 * research tables rely on (a place without a names list, or a gazetteer coordinate without a check),
 * so that the tables only say what is not the default.
 */
import type { Place, PlaceFeature } from '../../../src/lib/journey/schema';
import { round5 } from '../lib/io';
import type { CoordCheck, PlaceInput, PlaceName } from './tables';

/** Cited for what the working gazetteer holds unverified; never the only source of a checked value. */
const GAZETTEER = 'echelon-places-csv';

const APPROXIMATE_NOTE =
	"places.csv flags this coordinate as APPROXIMATE (compiler's gazetteer knowledge); not yet checked against a source.";

/** The check a gazetteer coordinate carries when no one has re-checked it. */
function defaultCheck(p: PlaceInput): Place['coordCheck'] {
	if (!p.fromGazetteer) return undefined;
	if (/^APPROXIMATE/.test(p.coordSource))
		return { status: 'approximate', note: APPROXIMATE_NOTE, sources: [GAZETTEER] };
	return {
		status: 'source',
		note: `Taken from places.csv: ${p.coordSource}.`,
		sources: p.coordSources.length ? p.coordSources : [GAZETTEER]
	};
}

function checkProblems(id: string, c: CoordCheck): string[] {
	const problems: string[] = [];
	if (c.status === 'corrected' && (!c.coord || !c.coordSource))
		problems.push(`${id}: corrected without coord/coordSource`);
	if (c.status !== 'corrected' && c.coord)
		problems.push(`${id}: coord given but status ${c.status}`);
	if (!c.sources.length) problems.push(`${id}: check without sources`);
	return problems;
}

/** The names list, or the default one; the same name, language and years twice is written once. */
function namesOf(p: PlaceInput): Place['names'] {
	const all: PlaceName[] = p.names ?? [
		{ name: p.name, lang: 'en' },
		...(p.modernName !== p.name ? [{ name: p.modernName, lang: 'en' }] : []),
		{ name: p.localName, lang: p.localLang }
	];
	const seen = new Set<string>();
	const names: Place['names'] = [];
	for (const { name, lang, from, to } of all) {
		const key = `${name}|${lang}|${from ?? ''}|${to ?? ''}`;
		if (seen.has(key)) continue;
		seen.add(key);
		names.push({ name, lang, ...(from != null ? { from } : {}), ...(to != null ? { to } : {}) });
	}
	return names;
}

export function placeFeature(p: PlaceInput, problems: string[]): PlaceFeature {
	const c = p.check;
	if (c) problems.push(...checkProblems(p.id, c));
	const corrected = c?.status === 'corrected' && c.coord ? c.coord : undefined;
	const [lat, lon] = corrected ?? [p.lat, p.lon];
	const coordCheck = c ? { status: c.status, note: c.note, sources: c.sources } : defaultCheck(p);
	const sources = [
		...new Set([
			...(c?.sources ?? []).filter((s) => s !== GAZETTEER),
			...p.coordSources,
			...p.nameSources
		])
	];
	const properties: Place = {
		id: p.id,
		name: p.name,
		modernName: p.modernName,
		localName: p.localName,
		names: namesOf(p),
		kind: p.kind as Place['kind'],
		country: p.country,
		coordSource: corrected ? c!.coordSource! : p.coordSource,
		...(coordCheck ? { coordCheck } : {}),
		sources: sources.length ? sources : [GAZETTEER],
		...(p.notes.length ? { notes: p.notes } : {})
	};
	return {
		type: 'Feature',
		id: p.id,
		geometry: { type: 'Point', coordinates: [round5(lon), round5(lat)] },
		properties
	};
}
