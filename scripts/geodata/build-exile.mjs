// Build geodata/journeys/exile/{journey.json, stops.geojson, legs.geojson} from the data modules in
// scripts/geodata/exile/ and the place coordinates in geodata/places.geojson (falling back to
// shared/reference/places.csv for places not yet there). Deterministic: re-running gives the same files.
// Then the USSR rail legs (marked `route: true`) are routed on networks/rail-1918.geojson by
// scripts/geodata/build-legs.mjs, run on a temporary copy (see below), so a re-run of this script never
// leaves straight placeholders behind where the network allows a route. Check the sea lanes afterwards
// with scripts/geodata/check-sea-legs.mjs.
//
// Usage: node scripts/geodata/build-exile.mjs [--no-route] [--replace-sources]
import {
	readFileSync,
	writeFileSync,
	existsSync,
	mkdirSync,
	mkdtempSync,
	copyFileSync,
	symlinkSync,
	rmSync
} from 'node:fs';
import { tmpdir } from 'node:os';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { SOURCES } from './exile/sources.mjs';
import { STOPS, LEGS } from './exile/stops-legs.mjs';
import { LANES, RAIL_TRACES } from './exile/lanes.mjs';
import { JOURNEY } from './exile/journey-meta.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const args = new Set(process.argv.slice(2));
const outDir = join(root, 'geodata', 'journeys', 'exile');
mkdirSync(outDir, { recursive: true });
const write = (file, data) => writeFileSync(file, JSON.stringify(data, null, '\t') + '\n');
const r5 = (n) => Math.round(n * 1e5) / 1e5;
const pt = ([x, y]) => [r5(x), r5(y)];

// --- sources: merge our entries into geodata/sources.json ------------------------------------
const fragment = join(root, '.scratch', 'exile-sources.json');
mkdirSync(dirname(fragment), { recursive: true });
write(fragment, SOURCES);
const merge = spawnSync(
	process.execPath,
	[
		join(root, 'scripts/geodata/merge-json.mjs'),
		'sources',
		fragment,
		...(args.has('--replace-sources') ? ['--replace'] : [])
	],
	{ stdio: 'inherit' }
);
if (merge.status !== 0) throw new Error('merge-json sources failed');
const sourceIds = new Set(
	JSON.parse(readFileSync(join(root, 'geodata/sources.json'), 'utf8')).map((s) => s.id)
);

// --- places ------------------------------------------------------------------------------------
const places = new Map();
const placesFile = join(root, 'geodata/places.geojson');
if (existsSync(placesFile)) {
	for (const f of JSON.parse(readFileSync(placesFile, 'utf8')).features)
		places.set(f.properties.id, f.geometry.coordinates);
}
const fallback = [];
function parseCsv(text) {
	const rows = [];
	for (const line of text.split(/\r?\n/).filter(Boolean)) {
		const cells = [];
		let cur = '',
			q = false;
		for (let i = 0; i < line.length; i++) {
			const c = line[i];
			if (q) {
				if (c === '"' && line[i + 1] === '"') {
					cur += '"';
					i++;
				} else if (c === '"') q = false;
				else cur += c;
			} else if (c === '"') q = true;
			else if (c === ',') {
				cells.push(cur);
				cur = '';
			} else cur += c;
		}
		cells.push(cur);
		rows.push(cells);
	}
	return rows;
}
const csvPath = join(root, '..', 'shared', 'reference', 'places.csv');
const csv = existsSync(csvPath) ? parseCsv(readFileSync(csvPath, 'utf8')).slice(1) : [];
const csvCoords = new Map(csv.map((r) => [r[0], [Number(r[4]), Number(r[3])]]));
function coordOf(id) {
	if (places.has(id)) return places.get(id);
	if (csvCoords.has(id)) {
		if (!fallback.includes(id)) fallback.push(id);
		return csvCoords.get(id);
	}
	throw new Error(`place "${id}" is neither in places.geojson nor in places.csv`);
}

// --- stops -------------------------------------------------------------------------------------
const errors = [];
const usedIds = new Set();
const stops = STOPS.map((s) => {
	const key = (s.arrive ?? s.depart)?.date;
	if (!key) errors.push(`stop at ${s.place} (trip ${s.trip}) has neither arrive nor depart`);
	let id = `${key}-${s.place}`;
	for (let n = 2; usedIds.has(id); n++) id = `${key}-${s.place}-${n}`;
	usedIds.add(id);
	const properties = {
		id,
		place: s.place,
		trip: s.trip,
		...(s.arrive ? { arrive: s.arrive } : {}),
		...(s.depart ? { depart: s.depart } : {}),
		summary: s.summary,
		grade: s.grade,
		...(s.reasoning ? { reasoning: s.reasoning } : {}),
		sources: s.sources,
		...(s.notes ? { notes: s.notes } : {}),
		...(s.passThrough ? { passThrough: true } : {})
	};
	return {
		type: 'Feature',
		id,
		geometry: { type: 'Point', coordinates: pt(coordOf(s.place)) },
		properties
	};
});

// Dates must not run backwards through the file (same rule as the app's validator).
let prev;
for (const f of stops) {
	const p = f.properties;
	const first = (p.arrive ?? p.depart).date;
	if (prev && first < prev.date)
		errors.push(`dates run backwards at ${f.id} (${first} < ${prev.date} of ${prev.id})`);
	prev = { id: f.id, date: (p.depart ?? p.arrive).date };
}

// --- legs --------------------------------------------------------------------------------------
const legs = [];
const legSpecs = [];
const trips = [...new Set(stops.map((s) => s.properties.trip))];
const legsByTrip = new Map(trips.map((t) => [t, LEGS.filter((l) => l.trip === t)]));
for (const t of trips) {
	const tripStops = stops.filter((s) => s.properties.trip === t);
	const tripLegs = legsByTrip.get(t);
	if (tripLegs.length !== tripStops.length - 1) {
		errors.push(
			`trip ${t}: ${tripStops.length} stops need ${tripStops.length - 1} legs, data has ${tripLegs.length}`
		);
		continue;
	}
	tripLegs.forEach((l, i) => {
		const from = tripStops[i],
			to = tripStops[i + 1];
		const a = from.properties.place,
			b = to.properties.place;
		const id = `t${String(t).padStart(2, '0')}-${a}-${b}`;
		let inner = [];
		let shape = l.shape ?? 'straight';
		if (l.lane) {
			const [x, y] = l.lane.split('>');
			const table = l.mode === 'sea' ? LANES : RAIL_TRACES;
			inner = table[l.lane] ?? (table[`${y}>${x}`] ? [...table[`${y}>${x}`]].reverse() : undefined);
			if (!inner) errors.push(`${id}: no lane "${l.lane}"`);
			if (x !== a || y !== b) errors.push(`${id}: lane "${l.lane}" does not match ${a}>${b}`);
			shape = 'traced';
		} else if (l.mode === 'sea') errors.push(`${id}: a sea leg needs a lane`);
		const coords = [coordOf(a), ...(inner ?? []), coordOf(b)].map(pt);
		const properties = {
			id,
			trip: t,
			from: from.id,
			to: to.id,
			mode: l.mode,
			shape,
			...(l.via?.length ? { via: l.via } : {}),
			grade: l.grade,
			...(l.reasoning ? { reasoning: l.reasoning } : {}),
			sources: l.sources,
			...(l.notes ? { notes: l.notes } : {})
		};
		legs.push({
			type: 'Feature',
			id,
			geometry: { type: 'LineString', coordinates: coords },
			properties
		});
		legSpecs.push(l);
	});
}

// --- journey.json --------------------------------------------------------------------------------
const allCoords = [
	...stops.map((s) => s.geometry.coordinates),
	...legs.flatMap((l) => l.geometry.coordinates)
];
const bbox = [
	Math.floor(Math.min(...allCoords.map((c) => c[0]))) - 1,
	Math.floor(Math.min(...allCoords.map((c) => c[1]))) - 1,
	Math.ceil(Math.max(...allCoords.map((c) => c[0]))) + 1,
	Math.ceil(Math.max(...allCoords.map((c) => c[1]))) + 1
];
const tripMeta = JOURNEY.trips.map((t) => {
	const ts = stops.filter((s) => s.properties.trip === t.number).map((s) => s.properties);
	const first = ts[0],
		last = ts[ts.length - 1];
	return {
		number: t.number,
		label: t.label,
		title: t.title,
		start: first.depart ?? first.arrive,
		end: last.arrive ?? last.depart,
		grade: t.grade,
		...(t.reasoning ? { reasoning: t.reasoning } : {}),
		sources: t.sources,
		...(t.notes ? { notes: t.notes } : {})
	};
});
const journey = {
	id: 'exile',
	title: JOURNEY.title,
	subtitle: JOURNEY.subtitle,
	summary: JOURNEY.summary,
	period: JOURNEY.period,
	region: { bbox },
	trips: tripMeta,
	claims: JOURNEY.claims,
	facts: JOURNEY.facts,
	notes: JOURNEY.notes
};

// --- citations resolve ----------------------------------------------------------------------
const cited = new Set();
const collect = (o) => {
	if (Array.isArray(o)) o.forEach(collect);
	else if (o && typeof o === 'object') {
		for (const [k, v] of Object.entries(o)) {
			if (k === 'sources' && Array.isArray(v)) v.forEach((s) => cited.add(s));
			else collect(v);
		}
	}
};
collect([journey, stops.map((s) => s.properties), legs.map((l) => l.properties)]);
for (const id of cited)
	if (!sourceIds.has(id)) errors.push(`source "${id}" is cited but not in geodata/sources.json`);

if (errors.length) {
	console.error(errors.join('\n'));
	process.exit(1);
}
// --- routing of the USSR rail legs -----------------------------------------------------------
// build-legs.mjs routes every rail leg of a journey and refuses to write anything if one cannot be
// routed; the exile's rail legs in France, Denmark, Italy and Mexico have no network. So the router is
// run on a temporary copy of the repository layout holding only the legs marked `route: true`, and the
// routed geometry is copied back. Legs it cannot route stay straight placeholders (reported).
const router = join(root, 'scripts/geodata/build-legs.mjs');
const routeIds = new Set(legs.filter((l, i) => legSpecs[i].route).map((l) => l.id));
let routedCount = 0;
const unrouted = [];
if (
	!args.has('--no-route') &&
	existsSync(router) &&
	existsSync(join(root, 'geodata/networks/rail-1918.geojson'))
) {
	const tmp = mkdtempSync(join(tmpdir(), 'exile-route-'));
	mkdirSync(join(tmp, 'scripts/geodata'), { recursive: true });
	mkdirSync(join(tmp, 'geodata/networks'), { recursive: true });
	copyFileSync(router, join(tmp, 'scripts/geodata/build-legs.mjs'));
	symlinkSync(join(root, 'node_modules'), join(tmp, 'node_modules'));
	copyFileSync(placesFile, join(tmp, 'geodata/places.geojson'));
	copyFileSync(
		join(root, 'geodata/networks/rail-1918.geojson'),
		join(tmp, 'geodata/networks/rail-1918.geojson')
	);
	for (const id of routeIds) {
		// One leg at a time, so that one unroutable leg does not block the others.
		const leg = legs.find((l) => l.id === id);
		const jd = join(tmp, 'geodata/journeys', 'exile');
		mkdirSync(jd, { recursive: true });
		const ends = stops.filter((s) => s.id === leg.properties.from || s.id === leg.properties.to);
		write(join(jd, 'stops.geojson'), { type: 'FeatureCollection', features: ends });
		// Ask the router to route it: build-legs.mjs leaves alone rail legs drawn another way on purpose.
		const toRoute = { ...leg, properties: { ...leg.properties, shape: 'routed' } };
		write(join(jd, 'legs.geojson'), { type: 'FeatureCollection', features: [toRoute] });
		const r = spawnSync(process.execPath, [join(tmp, 'scripts/geodata/build-legs.mjs'), 'exile'], {
			encoding: 'utf8'
		});
		if (r.status === 0) {
			const routed = JSON.parse(readFileSync(join(jd, 'legs.geojson'), 'utf8')).features[0];
			leg.geometry = routed.geometry;
			leg.properties = routed.properties;
			routedCount++;
			if (r.stderr.trim()) console.warn(r.stderr.trim());
		} else {
			unrouted.push(`${id}: ${(r.stderr || r.stdout).trim().split('\n').slice(1).join(' ')}`);
		}
	}
	rmSync(tmp, { recursive: true, force: true });
}
write(join(outDir, 'journey.json'), journey);
// journey.json is not in .prettierignore (the .geojson files are): format it the way `npm run lint` expects.
try {
	const prettier = await import('prettier');
	const file = join(outDir, 'journey.json');
	const options = (await prettier.resolveConfig(file)) ?? {};
	writeFileSync(
		file,
		await prettier.format(readFileSync(file, 'utf8'), { ...options, filepath: file })
	);
} catch (e) {
	console.warn(`prettier not available, journey.json left as JSON.stringify output (${e.message})`);
}
write(join(outDir, 'stops.geojson'), { type: 'FeatureCollection', features: stops });
write(join(outDir, 'legs.geojson'), { type: 'FeatureCollection', features: legs });
console.log(
	`exile: ${stops.length} stops, ${legs.length} legs, ${tripMeta.length} trips, bbox ${JSON.stringify(bbox)}; ${routedCount}/${routeIds.size} USSR rail legs routed`
);
if (fallback.length)
	console.warn(
		`coordinates taken from places.csv (not yet in places.geojson): ${fallback.join(', ')}`
	);
for (const u of unrouted) console.warn(`not routed (left straight): ${u}`);
