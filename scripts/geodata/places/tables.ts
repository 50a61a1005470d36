/**
 * The places research tables in geodata/src/places/ (described in geodata/src/README.md), read into
 * one object per place with its explicit names, coordinate check and notes.
 */
import type { Note } from '../../../src/lib/journey/schema';
import { readCsv } from '../lib/io';
import { groupBy, list, num, oneOf, optional, readNotes, unknownIds } from '../lib/table';

const DIR = 'geodata/src/places';

type PlaceRow = {
	id: string;
	name: string;
	modern_name: string;
	local_name: string;
	local_lang: string;
	kind: string;
	country: string;
	lat: string;
	lon: string;
	coord_source: string;
	coord_sources: string;
	name_sources: string;
	gazetteer_name_en: string;
	gazetteer_name_local: string;
};
type NameRow = { place: string; name: string; lang: string; from: string; to: string };
type CheckRow = {
	place: string;
	status: string;
	lat: string;
	lon: string;
	coord_source: string;
	note: string;
	sources: string;
};

export interface PlaceName {
	name: string;
	lang: string;
	from?: number;
	to?: number;
}

export interface CoordCheck {
	status: 'source' | 'verified' | 'corrected' | 'approximate';
	/** [lat, lon] and its source text: only for `corrected`, replacing the table's coordinate. */
	coord?: [number, number];
	coordSource?: string;
	note: string;
	sources: string[];
}

export interface PlaceInput {
	id: string;
	name: string;
	modernName: string;
	localName: string;
	localLang: string;
	kind: string;
	country: string;
	lat: number;
	lon: number;
	coordSource: string;
	coordSources: string[];
	nameSources: string[];
	/** The row came from the project's working gazetteer (cited as echelon-places-csv). */
	fromGazetteer: boolean;
	/** Every name with its years, when the default (name, modern name, local name) is not enough. */
	names?: PlaceName[];
	check?: CoordCheck;
	notes: Note[];
}

const STATUSES: readonly CoordCheck['status'][] = [
	'source',
	'verified',
	'corrected',
	'approximate'
];

const year = (cell: string, where: string) => (cell === '' ? undefined : num(cell, where));

function readCheck(r: CheckRow): CoordCheck {
	const where = `${DIR}/checks.csv: ${r.place}`;
	const coord: [number, number] | undefined =
		r.lat === '' && r.lon === '' ? undefined : [num(r.lat, where), num(r.lon, where)];
	return {
		status: oneOf(r.status, STATUSES, `${where} status`),
		...(coord ? { coord } : {}),
		...(optional(r.coord_source) ? { coordSource: r.coord_source } : {}),
		note: r.note,
		sources: list(r.sources)
	};
}

/** The places in table order; `problems` gets a line for each row of a side table that matches no place. */
export function readPlaceTables(problems: string[]): PlaceInput[] {
	const rows = readCsv<PlaceRow>(`${DIR}/places.csv`);
	const names = groupBy(readCsv<NameRow>(`${DIR}/names.csv`), 'place');
	const checks = groupBy(readCsv<CheckRow>(`${DIR}/checks.csv`), 'place');
	const notes = readNotes(`${DIR}/notes.csv`, 'place');
	const ids = new Set(rows.map((r) => r.id));
	for (const [file, keys] of [
		['names', names],
		['checks', checks],
		['notes', notes]
	] as const)
		for (const id of unknownIds(keys.keys(), ids))
			problems.push(`${DIR}/${file}.csv: no place ${id}`);
	for (const [id, c] of checks) if (c.length > 1) problems.push(`${id}: more than one check`);

	return rows.map((r) => {
		const where = `${DIR}/places.csv: ${r.id}`;
		const check = checks.get(r.id)?.[0];
		return {
			id: r.id,
			name: r.name,
			modernName: r.modern_name,
			localName: r.local_name,
			localLang: r.local_lang,
			kind: r.kind,
			country: r.country,
			lat: num(r.lat, where),
			lon: num(r.lon, where),
			coordSource: r.coord_source,
			coordSources: list(r.coord_sources),
			nameSources: list(r.name_sources),
			fromGazetteer: r.gazetteer_name_en !== '',
			...(names.has(r.id)
				? {
						names: names.get(r.id)!.map((n) => ({
							name: n.name,
							lang: n.lang,
							from: year(n.from, where),
							to: year(n.to, where)
						}))
					}
				: {}),
			...(check ? { check: readCheck(check) } : {}),
			notes: notes.get(r.id) ?? []
		};
	});
}
