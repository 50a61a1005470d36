// Build geodata/journeys/train/{journey.json,stops.geojson,legs.geojson} from train.data.mjs and merge the
// train's bibliography (train.sources.mjs) into geodata/sources.json.
// Usage: node scripts/geodata/build-train.mjs [--no-sources] [--no-route]
// Leg geometry: every rail leg is routed on geodata/networks/rail-1918.geojson by scripts/geodata/build-legs.mjs,
// run leg by leg on a temporary copy of the repository layout (build-legs refuses to write anything when one leg
// cannot be routed). A leg the network cannot route stays a 2-point straight line (shape "straight") with its
// reasoning, and is reported. When build-legs warns that a section's opening is only bracketed, a caution note
// citing that section's sources is added to the leg. With --no-route (or without the router or network), a routed
// geometry already in legs.geojson for the same leg (same id, from, to, mode and via) is kept.
import {
	readFileSync,
	writeFileSync,
	existsSync,
	mkdirSync,
	renameSync,
	mkdtempSync,
	copyFileSync,
	symlinkSync,
	rmSync
} from 'node:fs';
import { tmpdir } from 'node:os';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { JOURNEY, TRIPS, TRIP_COUNT, CLAIMS, FACTS, UNPLACED, NOTES } from './train.data.mjs';
import { TRAIN_SOURCES } from './train.sources.mjs';

// Leg properties in one stable order (network after shape, notes last), so re-runs diff cleanly.
const LEG_KEYS = [
	'id',
	'trip',
	'from',
	'to',
	'mode',
	'shape',
	'network',
	'via',
	'grade',
	'reasoning',
	'sources',
	'notes'
];
function orderLegProps(props) {
	const ordered = {};
	for (const k of LEG_KEYS) if (props[k] !== undefined) ordered[k] = props[k];
	return ordered;
}

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const outDir = join(root, 'geodata', 'journeys', 'train');
const r5 = (x) => Math.round(x * 1e5) / 1e5;
const errors = [];
const fail = (msg) => errors.push(msg);

function writeJson(path, value) {
	const tmp = `${path}.${process.pid}.tmp`;
	writeFileSync(tmp, JSON.stringify(value, null, '\t') + '\n');
	renameSync(tmp, path);
}

// ---- sources -------------------------------------------------------------------------------------------------
if (!process.argv.includes('--no-sources')) {
	mkdirSync(join(root, '.scratch'), { recursive: true });
	const frag = join(root, '.scratch', 'train-sources.json');
	writeJson(frag, TRAIN_SOURCES);
	const r = spawnSync(
		process.execPath,
		[join(root, 'scripts', 'geodata', 'merge-json.mjs'), 'sources', frag],
		{ encoding: 'utf8' }
	);
	process.stdout.write(r.stdout);
	if (r.status !== 0) {
		process.stderr.write(r.stderr);
		process.exit(1);
	}
}
const sourceIds = new Set(
	JSON.parse(readFileSync(join(root, 'geodata', 'sources.json'), 'utf8')).map((s) => s.id)
);
for (const s of TRAIN_SOURCES) sourceIds.add(s.id);

// ---- places --------------------------------------------------------------------------------------------------
const placesFc = JSON.parse(readFileSync(join(root, 'geodata', 'places.geojson'), 'utf8'));
const coordOf = new Map(
	placesFc.features.map((f) => [f.properties?.id ?? f.id, f.geometry.coordinates])
);

// ---- helpers -------------------------------------------------------------------------------------------------
function hd(date, precision, earliest, latest, note) {
	if (earliest === date && latest === date)
		return { date, precision: 'day', ...(note ? { note } : {}) };
	return {
		date,
		precision,
		...(earliest ? { earliest } : {}),
		...(latest ? { latest } : {}),
		...(note ? { note } : {})
	};
}
const lo = (d) => d?.earliest ?? d?.date;
const hi = (d) => d?.latest ?? d?.date;
function checkSources(list, where) {
	if (!Array.isArray(list) || list.length === 0) fail(`${where}: no sources`);
	for (const id of list ?? []) if (!sourceIds.has(id)) fail(`${where}: unknown source id ${id}`);
}
function checkNotes(notes, where) {
	for (const n of notes ?? []) checkSources(n.sources, `${where} note`);
}
function checkDate(d, where) {
	if (!d) return;
	if (!/^\d{4}-\d{2}-\d{2}$/.test(d.date)) fail(`${where}: bad date ${d.date}`);
	if (d.earliest && d.earliest > d.date) fail(`${where}: earliest ${d.earliest} > date ${d.date}`);
	if (d.latest && d.latest < d.date) fail(`${where}: latest ${d.latest} < date ${d.date}`);
}
const uniq = (a) => [...new Set(a)];

// ---- stops ---------------------------------------------------------------------------------------------------
const stopFeatures = [];
const legFeatures = [];
const tripsOut = [];
const usedStopIds = new Map();
const usedLegIds = new Map();
let lastKey = '';

const oldLegs = new Map();
const legsPath = join(outDir, 'legs.geojson');
if (existsSync(legsPath)) {
	for (const f of JSON.parse(readFileSync(legsPath, 'utf8')).features) oldLegs.set(f.id, f);
}

TRIPS.forEach((trip, ti) => {
	const number = ti + 1;
	const nn = String(number).padStart(2, '0');
	const stops = trip.stops.map((s) => ({ ...s }));
	// 1. resolve arrive/depart
	stops.forEach((s, i) => {
		const prev = stops[i - 1];
		const next = trip.stops[i + 1];
		if (s.present) {
			const [first] = s.present;
			if (!s.arrive && prev) {
				const pd = prev.depart ?? prev.arrive;
				const earliest = lo(pd);
				s.arrive = hd(
					first,
					'approx',
					earliest,
					first,
					earliest === first
						? undefined
						: `Documented here on ${first}; the arrival day is not recorded (on or before).`
				);
			} else if (!s.arrive) s.arrive = hd(first, 'day', first, first);
		}
		if (!s.depart && next && i > 0) {
			const last = s.present ? (s.present[1] ?? s.present[0]) : s.arrive.date;
			const nd = next.arrive ?? (next.present ? { date: next.present[0] } : next.depart);
			const latest = hi(nd);
			s.depart = hd(
				last,
				'approx',
				last,
				latest,
				latest === last
					? undefined
					: `Documented here until ${last}; the departure day is not recorded (by ${latest}).`
			);
		}
	});
	// 2. features
	const ids = [];
	stops.forEach((s, i) => {
		const where = `trip ${trip.label} stop ${i + 1} (${s.place})`;
		const coords = coordOf.get(s.place);
		if (!coords) fail(`${where}: place ${s.place} not in places.geojson`);
		if (i === 0 && !s.depart) fail(`${where}: first stop needs depart`);
		if (i === stops.length - 1 && !s.arrive) fail(`${where}: last stop needs arrive`);
		if (
			(i === 0 || i === stops.length - 1) &&
			s.place !== JOURNEY.base &&
			!s.place.startsWith(JOURNEY.base)
		)
			fail(`${where}: trip should start/end at base`);
		checkDate(s.arrive, where + ' arrive');
		checkDate(s.depart, where + ' depart');
		if (s.arrive && s.depart && s.depart.date < s.arrive.date)
			fail(`${where}: depart before arrive`);
		if (s.grade === 'reconstructed' && !s.reasoning)
			fail(`${where}: reconstructed without reasoning`);
		checkSources(s.sources, where);
		checkNotes(s.notes, where);
		const key = (s.arrive ?? s.depart).date;
		if (key < lastKey) fail(`${where}: date ${key} earlier than previous stop ${lastKey}`);
		lastKey = s.depart?.date ?? key;
		let id = `${key}-${s.place}`;
		const n = (usedStopIds.get(id) ?? 0) + 1;
		usedStopIds.set(id, n);
		if (n > 1) id = `${id}-${n}`;
		ids.push(id);
		const props = {
			id,
			place: s.place,
			trip: number,
			...(s.arrive ? { arrive: s.arrive } : {}),
			...(s.depart ? { depart: s.depart } : {}),
			summary: s.summary,
			grade: s.grade,
			...(s.reasoning ? { reasoning: s.reasoning } : {}),
			sources: s.sources,
			...(s.notes?.length ? { notes: s.notes } : {}),
			...(s.passThrough ? { passThrough: true } : {})
		};
		stopFeatures.push({
			type: 'Feature',
			id,
			geometry: { type: 'Point', coordinates: coords ? coords.map(r5) : [0, 0] },
			properties: props
		});
	});
	// 3. legs
	for (let i = 1; i < stops.length; i++) {
		const a = stops[i - 1];
		const b = stops[i];
		const L = b.legIn ?? {};
		const mode = L.mode ?? 'rail';
		let legId = `t${nn}-${a.place}-${b.place}`;
		const n = (usedLegIds.get(legId) ?? 0) + 1;
		usedLegIds.set(legId, n);
		if (n > 1) legId = `${legId}-${n}`;
		const endpointsReconstructed = a.grade === 'reconstructed' || b.grade === 'reconstructed';
		const grade = L.grade ?? (endpointsReconstructed ? 'reconstructed' : 'probable');
		const reasoning =
			L.reasoning ??
			(mode === 'rail'
				? 'Movement between two consecutive stops of the trip; the line taken is not recorded and is drawn along the shortest route of the period network.'
				: undefined);
		const sources = L.sources ?? uniq([...a.sources, ...b.sources]);
		const where = `leg ${legId}`;
		checkSources(sources, where);
		checkNotes(L.notes, where);
		if (grade === 'reconstructed' && !reasoning) fail(`${where}: reconstructed without reasoning`);
		for (const v of L.via ?? []) if (!coordOf.has(v)) fail(`${where}: via place ${v} unknown`);
		const from = coordOf.get(a.place)?.map(r5);
		const to = coordOf.get(b.place)?.map(r5);
		const props = {
			id: legId,
			trip: number,
			from: ids[i - 1],
			to: ids[i],
			mode,
			shape: 'straight',
			...(L.via?.length ? { via: L.via } : {}),
			grade,
			...(reasoning ? { reasoning } : {}),
			sources,
			...(L.notes?.length ? { notes: L.notes } : {})
		};
		let geometry = { type: 'LineString', coordinates: [from ?? [0, 0], to ?? [0, 0]] };
		const old = oldLegs.get(legId);
		if (
			old &&
			old.properties.shape !== 'straight' &&
			old.properties.from === props.from &&
			old.properties.to === props.to &&
			old.properties.mode === mode &&
			JSON.stringify(old.properties.via ?? []) === JSON.stringify(props.via ?? [])
		) {
			geometry = old.geometry;
			props.shape = old.properties.shape;
			if (old.properties.network) props.network = old.properties.network;
		}
		legFeatures.push({ type: 'Feature', id: legId, geometry, properties: orderLegProps(props) });
	}
	// 4. trip entry
	checkSources(trip.sources, `trip ${trip.label}`);
	checkNotes(trip.notes, `trip ${trip.label}`);
	if (trip.grade === 'reconstructed' && !trip.reasoning)
		fail(`trip ${trip.label}: reconstructed without reasoning`);
	tripsOut.push({
		number,
		label: trip.label,
		title: trip.title,
		...(trip.front ? { front: trip.front } : {}),
		start: stops[0].depart,
		end: stops[stops.length - 1].arrive,
		grade: trip.grade,
		...(trip.reasoning ? { reasoning: trip.reasoning } : {}),
		sources: trip.sources,
		...(trip.notes?.length ? { notes: trip.notes } : {})
	});
});

// ---- journey -------------------------------------------------------------------------------------------------
for (const c of CLAIMS) {
	checkSources(c.sources, `claim ${c.id}`);
	checkNotes(c.notes, `claim ${c.id}`);
}
for (const f of FACTS) {
	checkSources(f.sources, `fact ${f.id}`);
	checkNotes(f.notes, `fact ${f.id}`);
}
for (const u of UNPLACED) checkSources(u.sources, `unplaced ${u.id}`);
for (const w of TRIP_COUNT.wording) checkSources(w.sources, 'tripCount');
checkNotes(NOTES, 'journey');

const [minX, minY, maxX, maxY] = JOURNEY.region.bbox;
for (const f of [...stopFeatures, ...legFeatures]) {
	const cs = f.geometry.type === 'Point' ? [f.geometry.coordinates] : f.geometry.coordinates;
	for (const [x, y] of cs)
		if (x < minX || x > maxX || y < minY || y > maxY)
			fail(`${f.id}: coordinate ${x},${y} outside bbox`);
}

const journey = {
	id: JOURNEY.id,
	title: JOURNEY.title,
	subtitle: JOURNEY.subtitle,
	summary: JOURNEY.summary,
	period: { start: tripsOut[0].start, end: tripsOut[tripsOut.length - 1].end },
	region: JOURNEY.region,
	base: JOURNEY.base,
	trips: tripsOut,
	tripCount: TRIP_COUNT,
	claims: CLAIMS,
	facts: FACTS,
	unplaced: UNPLACED,
	notes: NOTES
};

if (errors.length) {
	console.error(errors.join('\n'));
	console.error(`${errors.length} error(s); nothing written.`);
	process.exit(1);
}

// ---- routing -------------------------------------------------------------------------------------------------
const router = join(root, 'scripts', 'geodata', 'build-legs.mjs');
const networkPath = join(root, 'geodata', 'networks', 'rail-1918.geojson');
const unrouted = [];
let routedCount = 0;
if (!process.argv.includes('--no-route') && existsSync(router) && existsSync(networkPath)) {
	const network = JSON.parse(readFileSync(networkPath, 'utf8'));
	const sectionSources = new Map(
		network.features.map((f) => [f.properties.id, f.properties.sources ?? []])
	);
	// Sections whose drawn course carries schematic calibration bends (build-network.mjs): a leg over
	// them says so too, since the stop panel shows leg notes, not the network's.
	const calibratedShare = new Map(
		network.features
			.filter((f) => f.properties.calibration)
			.map((f) => [f.properties.id, f.properties.calibration.addedPercent.toFixed(1)])
	);
	const tmp = mkdtempSync(join(tmpdir(), 'train-route-'));
	mkdirSync(join(tmp, 'scripts', 'geodata'), { recursive: true });
	mkdirSync(join(tmp, 'geodata', 'networks'), { recursive: true });
	copyFileSync(router, join(tmp, 'scripts', 'geodata', 'build-legs.mjs'));
	if (existsSync(join(root, 'node_modules')))
		symlinkSync(join(root, 'node_modules'), join(tmp, 'node_modules'));
	copyFileSync(join(root, 'geodata', 'places.geojson'), join(tmp, 'geodata', 'places.geojson'));
	copyFileSync(networkPath, join(tmp, 'geodata', 'networks', 'rail-1918.geojson'));
	const jd = join(tmp, 'geodata', 'journeys', 'train');
	mkdirSync(jd, { recursive: true });
	for (const leg of legFeatures) {
		if (leg.properties.mode !== 'rail') continue;
		const ends = stopFeatures.filter(
			(f) => f.id === leg.properties.from || f.id === leg.properties.to
		);
		writeJson(join(jd, 'stops.geojson'), { type: 'FeatureCollection', features: ends });
		const probe = { ...leg, properties: { ...leg.properties, shape: 'routed' } }; // 'routed' asks build-legs to route it
		delete probe.properties.network;
		writeJson(join(jd, 'legs.geojson'), { type: 'FeatureCollection', features: [probe] });
		const r = spawnSync(
			process.execPath,
			[join(tmp, 'scripts', 'geodata', 'build-legs.mjs'), 'train'],
			{ encoding: 'utf8' }
		);
		if (r.status === 0) {
			const routed = JSON.parse(readFileSync(join(jd, 'legs.geojson'), 'utf8')).features[0];
			leg.geometry = routed.geometry;
			const props = {
				...leg.properties,
				shape: routed.properties.shape,
				network: routed.properties.network
			};
			const notes = [...(leg.properties.notes ?? [])];
			for (const m of (r.stdout + '\n' + r.stderr).matchAll(
				/uses (\S+), whose opening is only bracketed \(([^)]*)\)/g
			)) {
				const srcs = (sectionSources.get(m[1]) ?? []).filter((id) => sourceIds.has(id));
				notes.push({
					kind: 'caution',
					text: `Routed over network section ${m[1]}, whose opening is only bracketed (${m[2]}): it may not yet have been open on the day of this leg.`,
					sources: srcs.length ? srcs : leg.properties.sources
				});
			}
			const bent = (routed.properties.network ?? []).filter((id) => calibratedShare.has(id));
			if (bent.length) {
				const srcs = [...new Set(bent.flatMap((id) => sectionSources.get(id) ?? []))].filter((id) =>
					sourceIds.has(id)
				);
				notes.push({
					kind: 'caution',
					text: `Part of this route runs over ${bent.map((id) => `${id} (+${calibratedShare.get(id)}%)`).join(', ')}: between ${bent.length > 1 ? 'their' : 'its'} real stations ${bent.length > 1 ? 'these sections are' : 'this section is'} drawn with shallow schematic bends that bring ${bent.length > 1 ? 'them' : 'it'} to the published length; the bends are not the surveyed track.`,
					sources: srcs.length ? srcs : leg.properties.sources
				});
			}
			leg.properties = orderLegProps({ ...props, notes: notes.length ? notes : undefined });
			routedCount++;
		} else {
			leg.geometry = {
				type: 'LineString',
				coordinates:
					leg.geometry.coordinates.length === 2
						? leg.geometry.coordinates
						: [leg.geometry.coordinates[0], leg.geometry.coordinates.at(-1)]
			};
			leg.properties.shape = 'straight';
			delete leg.properties.network;
			unrouted.push(
				`${leg.id}: ${(r.stderr || r.stdout)
					.trim()
					.split('\n')
					.filter((l) => l.startsWith('- '))
					.join(' ')}`
			);
		}
	}
	rmSync(tmp, { recursive: true, force: true });
}

mkdirSync(outDir, { recursive: true });
writeJson(join(outDir, 'journey.json'), journey);
writeJson(join(outDir, 'stops.geojson'), { type: 'FeatureCollection', features: stopFeatures });
writeJson(legsPath, { type: 'FeatureCollection', features: legFeatures });
const count = (arr, k) =>
	arr.reduce((m, f) => ((m[f.properties[k]] = (m[f.properties[k]] ?? 0) + 1), m), {});
console.log(
	`train: ${tripsOut.length} trips, ${stopFeatures.length} stops ${JSON.stringify(count(stopFeatures, 'grade'))}, ${legFeatures.length} legs ${JSON.stringify(count(legFeatures, 'grade'))} ${JSON.stringify(count(legFeatures, 'mode'))} ${JSON.stringify(count(legFeatures, 'shape'))}`
);
for (const u of unrouted) console.warn(`not routed (left straight): ${u}`);
console.log(`train: ${routedCount} rail legs routed, ${unrouted.length} left straight`);
