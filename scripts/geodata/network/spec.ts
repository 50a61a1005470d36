/**
 * The network research tables in geodata/src/network/ (described in geodata/src/README.md), read
 * into sections with their ordered paths and the line checks that span several sections.
 */
import type { Grade, HistoricalDate, LengthUnit, Note } from '../../../src/lib/journey/schema';
import { readCsv, round5 } from '../lib/io';
import { groupBy, list, num, oneOf, optional, readNotes, unknownIds } from '../lib/table';

const DIR = 'geodata/src/network';

export type LngLat = [number, number];
/** A station (a place id, its vertex is the place's coordinate) or a free shape point. */
export type PathItem = string | LngLat;

export interface Published {
	value: number;
	unit: LengthUnit;
	sources: string[];
	note?: string;
}

export interface Section {
	id: string;
	name: string;
	localName?: string;
	path: PathItem[];
	opened: HistoricalDate;
	published?: Published;
	grade: Grade;
	reasoning?: string;
	sources: string[];
	notes: Note[];
}

export interface LineCheck {
	id: string;
	name: string;
	sections: string[];
	published: Published;
	/** Leaves out the part of one section before (`to`) or after (`from`) one of its shape points. */
	exclude?: { section: string; side: 'from' | 'to'; at: LngLat };
}

type Row = Record<string, string>;

const UNITS: readonly LengthUnit[] = ['km', 'verst', 'mi'];
const PRECISIONS: readonly HistoricalDate['precision'][] = ['day', 'month', 'approx'];

function published(r: Row, where: string): Published | undefined {
	if (r.published_value === '') return undefined;
	return {
		value: num(r.published_value, where),
		unit: oneOf(r.published_unit, UNITS, `${where} published_unit`),
		sources: list(r.published_sources),
		...(optional(r.published_note) ? { note: r.published_note } : {})
	};
}

function opened(r: Row, where: string): HistoricalDate {
	return {
		date: r.opened_date!,
		precision: oneOf(r.opened_precision, PRECISIONS, `${where} opened_precision`),
		...(optional(r.opened_earliest) ? { earliest: r.opened_earliest } : {}),
		...(optional(r.opened_latest) ? { latest: r.opened_latest } : {}),
		...(optional(r.opened_note) ? { note: r.opened_note } : {})
	};
}

/** A section's path: its points sorted by `seq`, so a point can be inserted as 12.5 between 12 and 13. */
function pathOf(points: Row[], where: string): PathItem[] {
	return points
		.map((p) => ({ p, seq: num(p.seq, `${where} seq`) }))
		.sort((a, b) => a.seq - b.seq)
		.map(({ p }) =>
			p.place !== ''
				? p.place!
				: [round5(num(p.lon, `${where} lon`)), round5(num(p.lat, `${where} lat`))]
		);
}

export function readSections(problems: string[]): Section[] {
	const rows = readCsv<Row>(`${DIR}/sections.csv`);
	const points = groupBy(readCsv<Row>(`${DIR}/points.csv`), 'section');
	const notes = readNotes(`${DIR}/notes.csv`, 'section');
	const ids = new Set(rows.map((r) => r.id!));
	for (const id of unknownIds(points.keys(), ids)) problems.push(`points.csv: no section ${id}`);
	for (const id of unknownIds(notes.keys(), ids)) problems.push(`notes.csv: no section ${id}`);
	return rows.map((r) => {
		const where = `${DIR}/sections.csv: ${r.id}`;
		const pub = published(r, where);
		return {
			id: r.id!,
			name: r.name!,
			...(optional(r.local_name) ? { localName: r.local_name } : {}),
			path: pathOf(points.get(r.id!) ?? [], `${DIR}/points.csv: ${r.id}`),
			opened: opened(r, where),
			...(pub ? { published: pub } : {}),
			grade: r.grade as Grade,
			...(optional(r.reasoning) ? { reasoning: r.reasoning } : {}),
			sources: list(r.sources),
			notes: notes.get(r.id!) ?? []
		};
	});
}

export function readLineChecks(): LineCheck[] {
	return readCsv<Row>(`${DIR}/line-checks.csv`).map((r) => {
		const where = `${DIR}/line-checks.csv: ${r.id}`;
		const sections = list(r.sections);
		const pub = published(r, where);
		if (!pub) throw new Error(`${where}: a line check needs its published length`);
		return {
			id: r.id!,
			name: r.name!,
			sections,
			published: pub,
			...(r.exclude_section
				? {
						exclude: {
							section: r.exclude_section,
							side: oneOf(r.exclude, ['from', 'to'] as const, `${where} exclude`),
							at: [round5(num(r.exclude_lon, where)), round5(num(r.exclude_lat, where))] as LngLat
						}
					}
				: {})
		};
	});
}
