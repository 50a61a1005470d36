// Snap a journey's stops and legs to places and route its rail legs on the period network.
// Usage: node scripts/geodata/build-legs.mjs <journey-id> [--dry-run] [--partial]
//
// For geodata/journeys/<id>/:
//  (a) stops.geojson: every stop's Point is set to its place's coordinate (geodata/places.geojson);
//  (b) legs.geojson, mode "rail": the geometry is routed on geodata/networks/rail-1918.geojson through
//      [from-stop place, ...properties.via, to-stop place], shortest path between consecutive points, over
//      the sections whose `opened.date` is on or before the leg's date (the from-stop's depart or arrive
//      date; if undated, the to-stop's arrive or depart). A leg that uses a section whose opening is only
//      bracketed (`opened.latest` after the leg's date) is reported as a warning, so that the author can
//      add a caution note or force another route with `via`. Sets shape = "routed" and network = the
//      section ids used, in order.
//  (c) other legs keep their geometry, with the first/last coordinate snapped to the stop places (a leg
//      without geometry gets a straight line and a warning). So do rail legs whose author set a shape
//      other than "routed" and gave a `reasoning` (e.g. a line beyond the period network).
// Fails (exit 1) with a message naming the leg when a rail route cannot be found; nothing is written,
// unless --partial is given: then the legs that could be built are written and the failing ones are left
// as they were (still exit 1).
import { readFileSync, writeFileSync, renameSync, existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const args = process.argv.slice(2);
const journeyId = args.find((a) => !a.startsWith('--'));
const dryRun = args.includes('--dry-run');
const partial = args.includes('--partial');
if (!journeyId) {
	console.error('usage: node scripts/geodata/build-legs.mjs <journey-id> [--dry-run]');
	process.exit(2);
}
const dir = join(root, 'geodata', 'journeys', journeyId);
const stopsPath = join(dir, 'stops.geojson');
const legsPath = join(dir, 'legs.geojson');
for (const p of [
	stopsPath,
	join(root, 'geodata', 'places.geojson'),
	join(root, 'geodata', 'networks', 'rail-1918.geojson')
]) {
	if (!existsSync(p)) {
		console.error(`missing ${p}`);
		process.exit(1);
	}
}
const readJson = (p) => JSON.parse(readFileSync(p, 'utf8'));
const writeJson = (p, x) => {
	const tmp = `${p}.${process.pid}.tmp`;
	writeFileSync(tmp, JSON.stringify(x, null, '\t') + '\n');
	renameSync(tmp, p);
};
const r5 = (x) => Math.round(x * 1e5) / 1e5;
const key = (c) => `${r5(c[0]).toFixed(5)},${r5(c[1]).toFixed(5)}`;

const places = readJson(join(root, 'geodata', 'places.geojson'));
const coordOf = new Map(
	places.features.map((f) => [f.properties?.id ?? f.id, f.geometry.coordinates])
);
const network = readJson(join(root, 'geodata', 'networks', 'rail-1918.geojson'));
const stops = readJson(stopsPath);
const legs = existsSync(legsPath)
	? readJson(legsPath)
	: { type: 'FeatureCollection', features: [] };

const errors = [];
const warnings = [];

// (a) stops
const stopById = new Map();
for (const s of stops.features) {
	const p = s.properties;
	stopById.set(p.id ?? s.id, s);
	const c = coordOf.get(p.place);
	if (!c) {
		errors.push(`stop ${p.id}: place "${p.place}" is not in places.geojson`);
		continue;
	}
	s.geometry = { type: 'Point', coordinates: [c[0], c[1]] };
}

// Routing
let PathFinder = null;
try {
	const PF = await import('geojson-path-finder');
	PathFinder = PF.default?.default ?? PF.default ?? PF;
	if (typeof PathFinder !== 'function') PathFinder = null;
} catch {
	PathFinder = null;
}
if (!PathFinder)
	warnings.push('geojson-path-finder could not be loaded; using the built-in graph router');

// Edge index: which section(s) contain the edge between two consecutive vertices.
const edgeSections = new Map();
for (const f of network.features) {
	const cs = f.geometry.coordinates;
	for (let i = 1; i < cs.length; i++) {
		for (const k of [`${key(cs[i - 1])}|${key(cs[i])}`, `${key(cs[i])}|${key(cs[i - 1])}`]) {
			if (!edgeSections.has(k)) edgeSections.set(k, []);
			edgeSections.get(k).push(f.properties.id);
		}
	}
}
const sectionById = new Map(network.features.map((f) => [f.properties.id, f]));

// A section is usable from its opened.date (the validator's rule too); opened.earliest is only reported.
const openFrom = (f) => f.properties.opened.date;
const routerCache = new Map();
function routerFor(date) {
	const open = network.features.filter((f) => !date || openFrom(f) <= date);
	const sig = open.map((f) => f.properties.id).join(',');
	if (routerCache.has(sig)) return routerCache.get(sig);
	const fc = { type: 'FeatureCollection', features: open };
	let router;
	if (PathFinder) {
		const pf = new PathFinder(fc, { tolerance: 1e-5 });
		router = (a, b) => {
			const res = pf.findPath(
				{ type: 'Feature', properties: {}, geometry: { type: 'Point', coordinates: a } },
				{ type: 'Feature', properties: {}, geometry: { type: 'Point', coordinates: b } }
			);
			return res?.path ?? null;
		};
	} else router = graphRouter(open);
	const vertices = new Set(open.flatMap((f) => f.geometry.coordinates.map(key)));
	const entry = { router, vertices, open };
	routerCache.set(sig, entry);
	return entry;
}

// Fallback: Dijkstra over every vertex of the open sections (haversine edge weights).
function graphRouter(features) {
	const adj = new Map();
	const pos = new Map();
	const hav = (a, b) => {
		const R = 6371.0088;
		const t = Math.PI / 180;
		const h =
			Math.sin(((b[1] - a[1]) * t) / 2) ** 2 +
			Math.cos(a[1] * t) * Math.cos(b[1] * t) * Math.sin(((b[0] - a[0]) * t) / 2) ** 2;
		return 2 * R * Math.asin(Math.sqrt(h));
	};
	for (const f of features) {
		const cs = f.geometry.coordinates;
		for (let i = 0; i < cs.length; i++) {
			const k = key(cs[i]);
			pos.set(k, cs[i]);
			if (!adj.has(k)) adj.set(k, []);
			if (i > 0) {
				const j = key(cs[i - 1]);
				const w = hav(cs[i - 1], cs[i]);
				adj.get(k).push([j, w]);
				adj.get(j).push([k, w]);
			}
		}
	}
	return (a, b) => {
		const s = key(a);
		const t = key(b);
		if (!adj.has(s) || !adj.has(t)) return null;
		const dist = new Map([[s, 0]]);
		const prev = new Map();
		const done = new Set();
		// Small graph: a linear scan for the minimum is fast enough.
		const frontier = new Set([s]);
		while (frontier.size) {
			let u = null;
			for (const k of frontier) if (u === null || dist.get(k) < dist.get(u)) u = k;
			frontier.delete(u);
			if (u === t) break;
			done.add(u);
			for (const [v, w] of adj.get(u)) {
				if (done.has(v)) continue;
				const d = dist.get(u) + w;
				if (!dist.has(v) || d < dist.get(v)) {
					dist.set(v, d);
					prev.set(v, u);
					frontier.add(v);
				}
			}
		}
		if (!dist.has(t)) return null;
		const path = [t];
		while (path[0] !== s) path.unshift(prev.get(path[0]));
		return path.map((k) => pos.get(k));
	};
}

const dateOf = (stop, order) => {
	const p = stop?.properties ?? {};
	for (const k of order) if (p[k]?.date) return p[k].date;
	return null;
};

// Assign each edge of a path to a section, preferring to stay on the current section.
function sectionsOf(path, legId) {
	const cands = [];
	for (let i = 1; i < path.length; i++) {
		const c = edgeSections.get(`${key(path[i - 1])}|${key(path[i])}`);
		if (!c) {
			errors.push(
				`leg ${legId}: routed edge ${key(path[i - 1])} → ${key(path[i])} is not on a network section`
			);
			return [];
		}
		cands.push(c);
	}
	const used = [];
	let cur = null;
	for (let i = 0; i < cands.length; i++) {
		const c = cands[i];
		if (!(cur && c.includes(cur))) cur = c.find((id) => cands[i + 1]?.includes(id)) ?? c[0];
		if (used[used.length - 1] !== cur) used.push(cur);
	}
	return used;
}

// (b), (c) legs
for (const leg of legs.features) {
	const p = leg.properties;
	const from = stopById.get(p.from);
	const to = stopById.get(p.to);
	if (!from || !to) {
		errors.push(`leg ${p.id}: stop ${!from ? p.from : p.to} is not in stops.geojson`);
		continue;
	}
	const fromPlace = from.properties.place;
	const toPlace = to.properties.place;
	const fromC = coordOf.get(fromPlace);
	const toC = coordOf.get(toPlace);
	if (!fromC || !toC) {
		errors.push(`leg ${p.id}: place ${!fromC ? fromPlace : toPlace} is not in places.geojson`);
		continue;
	}
	// A rail leg the author has deliberately not routed (shape other than "routed", with a reasoning, e.g. a
	// line outside the period network) is treated like a non-rail leg: only its ends are snapped.
	const unrouted = p.mode === 'rail' && p.shape && p.shape !== 'routed' && p.reasoning?.trim();
	if (unrouted)
		warnings.push(
			`leg ${p.id}: rail leg with shape "${p.shape}" and a reasoning: not routed, ends snapped`
		);
	if (p.mode !== 'rail' || unrouted) {
		const cs = leg.geometry?.coordinates;
		if (!Array.isArray(cs) || cs.length < 2) {
			leg.geometry = { type: 'LineString', coordinates: [[...fromC], [...toC]] };
			warnings.push(`leg ${p.id} (${p.mode}): had no geometry; drew a straight line`);
		} else {
			cs[0] = [...fromC];
			cs[cs.length - 1] = [...toC];
		}
		continue;
	}
	const date = dateOf(from, ['depart', 'arrive']) ?? dateOf(to, ['arrive', 'depart']);
	if (!date) warnings.push(`leg ${p.id}: neither stop is dated; routed on the whole network`);
	const { router, vertices } = routerFor(date);
	const seq = [fromPlace, ...(p.via ?? []), toPlace].filter((x, i, a) => i === 0 || x !== a[i - 1]);
	const coords = [];
	let failed = false;
	for (let i = 1; i < seq.length; i++) {
		const a = coordOf.get(seq[i - 1]);
		const b = coordOf.get(seq[i]);
		const missing = [seq[i - 1], seq[i]].filter((id) => !coordOf.has(id));
		if (missing.length) {
			errors.push(`leg ${p.id}: via place ${missing.join(', ')} is not in places.geojson`);
			failed = true;
			break;
		}
		const off = [seq[i - 1], seq[i]].filter((id) => !vertices.has(key(coordOf.get(id))));
		if (off.length) {
			const anyNet = network.features.some((f) =>
				f.geometry.coordinates.some((c) => key(c) === key(coordOf.get(off[0])))
			);
			errors.push(
				`leg ${p.id} (${date ?? 'undated'}): place ${off.join(', ')} is ${anyNet ? `only on sections not yet open on ${date}` : 'not a station of the rail network'} (route ${seq.join(' → ')})`
			);
			failed = true;
			break;
		}
		const path = router(a, b);
		if (!path) {
			errors.push(
				`leg ${p.id} (${date ?? 'undated'}): no rail route ${seq[i - 1]} → ${seq[i]} on the sections open on that date (route ${seq.join(' → ')})`
			);
			failed = true;
			break;
		}
		for (const c of path) {
			const rc = [r5(c[0]), r5(c[1])];
			const last = coords[coords.length - 1];
			if (!last || last[0] !== rc[0] || last[1] !== rc[1]) coords.push(rc);
		}
	}
	if (failed) continue;
	if (coords.length < 2) {
		errors.push(
			`leg ${p.id}: from and to are the same place (${fromPlace}); a rail leg needs two different places`
		);
		continue;
	}
	// Exact place coordinates at the ends.
	coords[0] = [...fromC];
	coords[coords.length - 1] = [...toC];
	const used = sectionsOf(coords, p.id);
	for (const id of used) {
		const o = sectionById.get(id)?.properties.opened;
		if (date && o && o.date > date) {
			warnings.push(
				`leg ${p.id} (${date}): uses ${id} before its opening date ${o.date} (bracket ${o.earliest ?? '?'} – ${o.latest ?? '?'}): it may not yet have been open`
			);
		} else if (date && o?.latest && o.latest > date) {
			warnings.push(
				`leg ${p.id} (${date}): uses ${id}, whose opening is only bracketed (${o.earliest ?? '?'} – ${o.latest}): it may not yet have been open`
			);
		}
	}
	leg.geometry = { type: 'LineString', coordinates: coords };
	p.shape = 'routed';
	p.network = used;
}

for (const w of warnings) console.warn(`warning: ${w}`);
if (errors.length && (dryRun || !partial)) {
	console.error(
		`build-legs ${journeyId}: ${errors.length} error(s); nothing written:\n- ${errors.join('\n- ')}`
	);
	process.exit(1);
}
if (errors.length) {
	writeJson(stopsPath, stops);
	if (existsSync(legsPath)) writeJson(legsPath, legs);
	console.error(
		`build-legs ${journeyId}: ${errors.length} error(s); --partial: the other legs were written, these were left as they were:\n- ${errors.join('\n- ')}`
	);
	process.exit(1);
}
if (dryRun) {
	console.log(`build-legs ${journeyId}: OK (dry run, nothing written)`);
} else {
	writeJson(stopsPath, stops);
	if (existsSync(legsPath)) writeJson(legsPath, legs);
	console.log(
		`build-legs ${journeyId}: ${stops.features.length} stops, ${legs.features.length} legs (${legs.features.filter((l) => l.properties.mode === 'rail').length} rail) written`
	);
}
