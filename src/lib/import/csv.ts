/**
 * CSV itineraries: `name,lat,lon,date[,note][,mode]`, one row per stop, with a header row (column names
 * in any order; `latitude`, `lng`, `longitude`, `description`… are understood) or without one (then
 * in that order). Commas, semicolons or tabs. Parsed with papaparse.
 */
import Papa from 'papaparse';
import { draftStop, type Draft } from './draft';
import { checkFields } from './field-checks';
import { dateOrderOf } from './csv-dialect';
import { parseDateField } from './date-field';
import { parseModeField, parseTextField } from './fields';
import { hasDecimalComma, parseLatLonFields } from './position-fields';
import type { ReadOptions } from './read-options';
import { quote } from './issues';
import { MAX_STOPS } from './limits';

const COLUMNS = {
	name: ['name', 'place', 'title', 'label', 'stop'],
	lat: ['lat', 'latitude', 'y'],
	lon: ['lon', 'lng', 'long', 'longitude', 'x'],
	date: ['date', 'time', 'datetime', 'when', 'arrive', 'arrival', 'timestamp'],
	note: ['note', 'notes', 'description', 'desc', 'summary', 'comment'],
	mode: ['mode', 'transport', 'by']
} as const;
type Column = keyof typeof COLUMNS;

const HEADER_HELP =
	'the first row must name the columns: name,lat,lon,date (and optionally note, mode)';

export function readCsv(text: string, file: string, options: ReadOptions = {}): Draft {
	const draft: Draft = { items: [], issues: [] };
	const parsed = Papa.parse<string[]>(text.replace(/^\uFEFF/, ''), {
		header: false,
		skipEmptyLines: 'greedy',
		delimitersToGuess: [',', ';', '\t']
	});
	const rows = parsed.data;
	const broken = new Map<number, string>();
	for (const e of parsed.errors) {
		if (e.code === 'UndetectableDelimiter') continue;
		if (typeof e.row === 'number') broken.set(e.row, e.message);
	}
	const first = rows[0];
	if (!first || rows.every((r) => r.every((c) => c.trim() === ''))) {
		draft.issues.push({
			file,
			message: `the file is empty: ${HEADER_HELP}, then one row per stop`
		});
		return draft;
	}
	if (rows.length > MAX_STOPS + 1) {
		draft.issues.push({
			file,
			message: `the file has ${rows.length.toLocaleString('en-GB')} rows, over the limit of ${MAX_STOPS.toLocaleString('en-GB')} stops for one journey: split it`
		});
		return draft;
	}
	const columns = findColumns(first);
	let start = 1;
	let index: Partial<Record<Column, number>>;
	if (columns.lat !== undefined && columns.lon !== undefined) {
		const missing = (['name', 'date'] as const).filter((c) => columns[c] === undefined);
		if (missing.length) {
			draft.issues.push({
				file,
				where: 'row 1 (the header)',
				message: `no ${missing.map((m) => `"${m}"`).join(' or ')} column: ${HEADER_HELP}`
			});
			return draft;
		}
		index = columns;
	} else if (first.length >= 4 && parseLatLonFields(first[1], first[2]).ok) {
		// No header: the documented order.
		index = { name: 0, lat: 1, lon: 2, date: 3, note: 4 };
		start = 0;
	} else {
		draft.issues.push({
			file,
			where: 'row 1 (the header)',
			message: `found ${quote(firstLine(text), 60)}, which names no lat and lon columns: ${HEADER_HELP}`
		});
		return draft;
	}

	const dateOrder = dateOrderOf(
		rows.slice(start).map((row) => (index.date === undefined ? undefined : row[index.date])),
		options.dates
	);
	const dateForms = new Set<string>();
	let decimalComma = false;
	for (let r = start; r < rows.length; r++) {
		const row = rows[r] ?? [];
		const where = `row ${r + 1}`;
		const brokenMessage = broken.get(r);
		if (brokenMessage) {
			draft.issues.push({
				file,
				where,
				message: `${brokenMessage}: check the quotes on this row`,
				skippable: true
			});
			continue;
		}
		const cell = (c: Column) => {
			const i = index[c];
			return i === undefined ? undefined : row[i];
		};
		const date = parseDateField(cell('date'), dateOrder?.used);
		if (date.form) dateForms.add(date.form);
		decimalComma ||= hasDecimalComma(cell('lat')) || hasDecimalComma(cell('lon'));
		const read = checkFields({
			name: ['name', parseTextField(cell('name'), 'name', true)],
			lngLat: ['lat, lon', parseLatLonFields(cell('lat'), cell('lon'), options.swap)],
			date: ['date', date],
			note: ['note', parseTextField(cell('note'), 'note', false)],
			mode: ['mode', parseModeField(cell('mode'))]
		});
		if (read.ok) draft.items.push(draftStop(where, read.value));
		else draft.issues.push(...read.issues.map((i) => ({ file, where, ...i, skippable: true })));
	}
	draft.reading = { dateForms: [...dateForms], decimalComma, ...(dateOrder && { dateOrder }) };
	return draft;
}

function findColumns(header: string[]): Partial<Record<Column, number>> {
	const found: Partial<Record<Column, number>> = {};
	header.forEach((raw, i) => {
		const name = raw.trim().toLowerCase();
		for (const column of Object.keys(COLUMNS) as Column[]) {
			if (found[column] === undefined && (COLUMNS[column] as readonly string[]).includes(name)) {
				found[column] = i;
			}
		}
	});
	return found;
}

function firstLine(text: string): string {
	return (
		text
			.replace(/^\uFEFF/, '')
			.trimStart()
			.split(/\r?\n/)[0] ?? ''
	).trim();
}
