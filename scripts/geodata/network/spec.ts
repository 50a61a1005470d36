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
	/** A length from today's km posts (id `L-kmposts-…`), not one a source publishes. */
	kmPosts: boolean;
	/**
	 * Leaves out the part of one section before (`to`) or after (`from`) one of its shape points, or
	 * both parts `outside` two of them (`at` … `until`): a km-post span inside a section.
	 */
	exclude?: { section: string; side: 'from' | 'to' | 'outside'; at: LngLat; until?: LngLat };
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

/** The id prefix of a line check whose length is today's km posts on the section (README). */
const KM_POSTS_PREFIX = 'L-kmposts-';

/** `exclude_lat`/`exclude_lon` hold one point, or two (space-separated) for `outside`. */
function excludeOf(r: Row, where: string): NonNullable<LineCheck['exclude']> {
	const side = oneOf(r.exclude, ['from', 'to', 'outside'] as const, `${where} exclude`);
	const lats = list(r.exclude_lat);
	const lons = list(r.exclude_lon);
	const points = lats.map(
		(lat, i) => [round5(num(lons[i], where)), round5(num(lat, where))] as LngLat
	);
	if (points.length !== (side === 'outside' ? 2 : 1) || lons.length !== lats.length)
		throw new Error(
			`${where}: exclude ${side} needs ${side === 'outside' ? 'two points' : 'one point'}`
		);
	return {
		section: r.exclude_section!,
		side,
		at: points[0]!,
		...(points[1] ? { until: points[1] } : {})
	};
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
			kmPosts: r.id!.startsWith(KM_POSTS_PREFIX),
			...(r.exclude_section ? { exclude: excludeOf(r, where) } : {})
		};
	});
}
