// Build geodata/places.geojson from ../shared/reference/places.csv (coordinates), places-table.mjs (names,
// kinds, countries, renamings) and places-checks.mjs (coordinate checks and corrections).
// Features already in places.geojson whose id is not in places.csv (added by other helpers through
// merge-json.mjs) are kept unchanged after the csv places.
// Usage: node scripts/geodata/build-places.mjs [path/to/places.csv]
import { readFileSync, writeFileSync, existsSync, renameSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { dirname, join, resolve } from 'node:path';
import { TABLE } from './places-table.mjs';
import { CHECKS } from './places-checks.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const csvPath = resolve(process.argv[2] ?? join(root, '..', 'shared', 'reference', 'places.csv'));
const target = join(root, 'geodata', 'places.geojson');

/** RFC 4180 CSV: quoted fields may hold commas, newlines and doubled quotes. */
export function parseCsv(text) {
	const rows = [];
	let row = [],
		field = '',
		quoted = false;
	for (let i = 0; i < text.length; i++) {
		const ch = text[i];
		if (quoted) {
			if (ch === '"') {
				if (text[i + 1] === '"') {
					field += '"';
					i++;
				} else quoted = false;
			} else field += ch;
		} else if (ch === '"') quoted = true;
		else if (ch === ',') {
			row.push(field);
			field = '';
		} else if (ch === '\n' || ch === '\r') {
			if (ch === '\r' && text[i + 1] === '\n') i++;
			row.push(field);
			rows.push(row);
			row = [];
			field = '';
		} else field += ch;
	}
	if (field !== '' || row.length) {
		row.push(field);
		rows.push(row);
	}
	return rows.filter((r) => r.length > 1 || r[0] !== '');
}

const LOCAL_LANG = {
	RU: 'ru',
	UA: 'uk',
	BY: 'be',
	KZ: 'kk',
	KG: 'ky',
	UZ: 'uz',
	TR: 'tr',
	GR: 'el',
	IT: 'it',
	FR: 'fr',
	DK: 'da',
	BE: 'nl',
	NO: 'no',
	MX: 'es'
};
const KINDS = new Set([
	'city',
	'town',
	'village',
	'station',
	'junction',
	'port',
	'residence',
	'pass',
	'island',
	'landmark'
]);
const r5 = (x) => Math.round(x * 1e5) / 1e5;

function geonamesSource(text) {
	return /GeoNames cities15000/.test(text) ? ['geonames-cities15000'] : [];
}
// the two csv rows whose coordinate comes from a Wikipedia infobox rather than GeoNames
function wikiSource(id) {
	if (id === 'sviyazhsk') return ['wikipedia-sviyazhsk'];
	if (id === 'kronstadt') return ['wikipedia-kronstadt-rebellion'];
	return [];
}

const rows = parseCsv(readFileSync(csvPath, 'utf8'));
const header = rows.shift();
const col = (name) => header.findIndex((h) => h.startsWith(name));
const C = {
	id: col('id'),
	en: col('name_en'),
	local: col('name_ru'),
	lat: col('lat'),
	lon: col('lon'),
	src: col('source_of')
};
if (Object.values(C).some((i) => i < 0))
	throw new Error(`unexpected places.csv header: ${header.join(',')}`);

const features = [];
const problems = [];
for (const r of rows) {
	const id = r[C.id].trim();
	const t = TABLE[id];
	if (!t) {
		problems.push(`${id}: no entry in places-table.mjs`);
		continue;
	}
	if (!KINDS.has(t.k)) problems.push(`${id}: bad kind ${t.k}`);
	const csvText = r[C.src].trim();
	const approx = /^APPROXIMATE/.test(csvText);
	let lat = Number(r[C.lat]),
		lon = Number(r[C.lon]);
	if (!Number.isFinite(lat) || !Number.isFinite(lon)) problems.push(`${id}: bad coordinate`);
	const check = CHECKS[id];
	let coordSource = csvText;
	let coordCheck;
	const baseSources = [...geonamesSource(csvText), ...wikiSource(id)];
	if (check) {
		if (check.status === 'corrected') {
			if (!check.coord || !check.coordSource)
				problems.push(`${id}: corrected without coord/coordSource`);
			[lat, lon] = check.coord;
			coordSource = check.coordSource;
		} else if (check.coord) problems.push(`${id}: coord given but status ${check.status}`);
		if (!check.sources?.length) problems.push(`${id}: check without sources`);
		coordCheck = { status: check.status, note: check.note, sources: check.sources };
	} else if (approx) {
		coordCheck = {
			status: 'approximate',
			note: "places.csv flags this coordinate as APPROXIMATE (compiler's gazetteer knowledge); not yet checked against a source.",
			sources: ['echelon-places-csv']
		};
	} else {
		coordCheck = {
			status: 'source',
			note: `Taken from places.csv: ${csvText}.`,
			sources: baseSources.length ? baseSources : ['echelon-places-csv']
		};
	}
	const name = t.n;
	const modernName = t.m ?? t.n;
	const localName = t.l ?? r[C.local].trim();
	const lang = t.ll ?? LOCAL_LANG[t.c] ?? 'und';
	const rawNames = t.names ?? [
		[name, 'en'],
		...(modernName !== name ? [[modernName, 'en']] : []),
		[localName, lang]
	];
	const seen = new Set();
	const names = [];
	for (const [nm, lg, from, to] of rawNames) {
		const key = `${nm}|${lg}|${from ?? ''}|${to ?? ''}`;
		if (seen.has(key)) continue;
		seen.add(key);
		const e = { name: nm, lang: lg };
		if (from != null) e.from = from;
		if (to != null) e.to = to;
		names.push(e);
	}
	const sources = [
		...new Set([
			...coordCheck.sources.filter((s) => s !== 'echelon-places-csv'),
			...baseSources,
			...(t.src ?? [])
		])
	];
	if (!sources.length) sources.push('echelon-places-csv');
	const notes = [...(t.notes ?? []), ...(check?.notes ?? [])];
	const properties = {
		id,
		name,
		modernName,
		localName,
		names,
		kind: t.k,
		country: t.c,
		coordSource,
		coordCheck,
		sources
	};
	if (notes.length) properties.notes = notes;
	features.push({
		type: 'Feature',
		id,
		geometry: { type: 'Point', coordinates: [r5(lon), r5(lat)] },
		properties
	});
}
for (const id of Object.keys(TABLE))
	if (!rows.some((r) => r[C.id].trim() === id)) problems.push(`${id}: in table, not in csv`);
if (problems.length) {
	console.error(problems.join('\n'));
	process.exit(1);
}

// keep places other helpers added
const csvIds = new Set(features.map((f) => f.id));
let kept = 0;
if (existsSync(target)) {
	const current = JSON.parse(readFileSync(target, 'utf8'));
	for (const f of current.features ?? []) {
		const id = f.properties?.id ?? f.id;
		if (!csvIds.has(id)) {
			features.push(f);
			kept++;
		}
	}
}
const out = { type: 'FeatureCollection', features };
const tmp = `${target}.${process.pid}.tmp`;
writeFileSync(tmp, JSON.stringify(out, null, '\t') + '\n');
renameSync(tmp, target);
console.log(`places.geojson: ${csvIds.size} from places.csv, ${kept} kept from other contributors`);
