// Build geodata/networks/rail-1918.geojson from scripts/geodata/rail-1918.spec.mjs and geodata/places.geojson.
// Usage: node scripts/geodata/build-network.mjs
//
// Every station vertex is the exact coordinate of its place, so re-running after a place coordinate changes
// re-snaps the network. Shape points come from the spec.
//
// Length calibration. Where a published length exists (a section's `published`, or a `lineChecks` entry
// covering several sections) and the drawn line is more than CALIBRATE_BELOW shorter than it, the build
// lengthens the section(s) (those in `adjust`, default all that are not yet calibrated) with schematic
// bends: every segment between two vertices is cut into sub-chords of about BEND_KM and each sub-chord is
// replaced by a shallow circular arc, bending to alternate sides, so that the line's length equals the
// published length. Stations and spec shape points are not moved. The bends are not surveyed track; each
// calibrated section says so in a caution note. Lines longer than published are never shortened.
// A section with `bends: false` in the spec is never lengthened: its stations and shape points follow the
// real course closely enough, so its (line check's) length must come within 5% of the published one as drawn.
//
// Spurs. A place id inside a section (not an end) that would add more than SPUR_MIN_KM to a through
// train's course (a town centre beside the track) is taken out of the line and joined to the line's
// nearest vertex by a notional spur feature `S-<section>-<place>`.
//
// Prints a table of published vs computed lengths and exits 1 if a section or a line check is off by more
// than 5%, or if a section names a place that does not exist (the file is still written with the sections
// that could be built).
import { readFileSync, writeFileSync, renameSync, mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';
import { length, lineString } from '@turf/turf';
import { sections, lineChecks } from './rail-1918.spec.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const VERST_KM = 1.0668;
const MI_KM = 1.609344;
const TOLERANCE = 0.05;
const CALIBRATE_BELOW = 0.02;
const BEND_KM = 25;
// A town point inside a line that would add more than this to a through train's course hangs on a spur.
const SPUR_MIN_KM = 0.5;
const toKm = (p) =>
	p.unit === 'km' ? p.value : p.unit === 'verst' ? p.value * VERST_KM : p.value * MI_KM;
const r5 = (x) => Math.round(x * 1e5) / 1e5;
const r1 = (x) => Math.round(x * 10) / 10;
const km = (coords) =>
	coords.length < 2 ? 0 : length(lineString(coords), { units: 'kilometers' });
const same = (a, b) => Math.abs(a[0] - b[0]) < 1e-9 && Math.abs(a[1] - b[1]) < 1e-9;

const places = JSON.parse(readFileSync(join(root, 'geodata', 'places.geojson'), 'utf8'));
const coordOf = new Map(
	places.features.map((f) => [f.properties?.id ?? f.id, f.geometry.coordinates])
);

const errors = [];
const base = new Map(); // id -> spec coordinates (stations exact, shape points rounded)
const coordsOf = new Map(); // id -> current coordinates (after calibration)
const calibrated = new Map(); // id -> { factor, by }
const noBends = new Set(sections.filter((s) => s.bends === false).map((s) => s.id));
const spurs = []; // town points taken off their line: { section, place, from, to, offKm }
const stationsOf = new Map(); // id -> the place ids that are vertices of the section
const ids = new Set();
for (const s of sections) {
	if (ids.has(s.id)) errors.push(`duplicate section id ${s.id}`);
	ids.add(s.id);
	if (typeof s.path[0] !== 'string' || typeof s.path[s.path.length - 1] !== 'string') {
		errors.push(`${s.id}: path must start and end with a place id`);
		continue;
	}
	const missing = s.path.filter((p) => typeof p === 'string' && !coordOf.has(p));
	if (missing.length) {
		errors.push(
			`${s.id} (${s.name}): place(s) not in places.geojson: ${missing.join(', ')} — section skipped`
		);
		continue;
	}
	const at = (p) => (typeof p === 'string' ? [...coordOf.get(p)] : [r5(p[0]), r5(p[1])]);
	const coords = [];
	const skipped = new Set();
	s.path.forEach((p, i) => {
		const c = at(p);
		// A town point inside the line (a place id that is neither end) that lies off the track would
		// make every through train detour to it: it leaves the line and hangs on a notional spur.
		if (typeof p === 'string' && i > 0 && i < s.path.length - 1) {
			const a = at(s.path[i - 1]);
			const b = at(s.path[i + 1]);
			const detourKm = km([a, c]) + km([c, b]) - km([a, b]);
			if (detourKm > SPUR_MIN_KM) {
				const to = km([c, a]) <= km([c, b]) ? a : b;
				spurs.push({ section: s, place: p, from: c, to, offKm: Math.min(km([c, a]), km([c, b])) });
				skipped.add(p);
				return;
			}
		}
		if (coords.length && same(coords[coords.length - 1], c)) return;
		coords.push(c);
	});
	stationsOf.set(
		s.id,
		s.path.filter((p) => typeof p === 'string' && !skipped.has(p))
	);
	base.set(s.id, coords);
	coordsOf.set(s.id, coords);
}

// Lengthen a polyline by factor f (>= 1) with alternating shallow arcs; original vertices are kept.
function lengthen(coords, f) {
	if (f <= 1.0000001) return coords;
	// theta/sin(theta) = f  (arc of half-angle theta over a chord)
	let lo = 1e-6;
	let hi = Math.PI / 2;
	for (let i = 0; i < 60; i++) {
		const mid = (lo + hi) / 2;
		if (mid / Math.sin(mid) < f) lo = mid;
		else hi = mid;
	}
	const theta = (lo + hi) / 2;
	const out = [coords[0]];
	let side = 1;
	for (let i = 1; i < coords.length; i++) {
		const a = coords[i - 1];
		const b = coords[i];
		const lat0 = ((a[1] + b[1]) / 2) * (Math.PI / 180);
		const kx = 111.32 * Math.cos(lat0);
		const ky = 110.574;
		const dx = (b[0] - a[0]) * kx;
		const dy = (b[1] - a[1]) * ky;
		const chord = Math.hypot(dx, dy);
		const n = Math.max(1, Math.round(chord / BEND_KM));
		for (let j = 0; j < n; j++) {
			const t0 = j / n;
			const t1 = (j + 1) / n;
			const p0 = [a[0] + (b[0] - a[0]) * t0, a[1] + (b[1] - a[1]) * t0];
			const p1 = [a[0] + (b[0] - a[0]) * t1, a[1] + (b[1] - a[1]) * t1];
			const c = chord / n;
			if (c > 0.2) {
				const R = c / 2 / Math.sin(theta);
				const ux = dx / chord;
				const uy = dy / chord;
				const nx = -uy * side;
				const ny = ux * side;
				const steps = 4;
				for (let k = 1; k < steps; k++) {
					const phi = -theta + (2 * theta * k) / steps;
					// along-chord position and offset of the arc point, centred on the sub-chord midpoint
					const along = R * Math.sin(phi);
					const off = R * (Math.cos(phi) - Math.cos(theta));
					const mx = (p0[0] + p1[0]) / 2;
					const my = (p0[1] + p1[1]) / 2;
					out.push([r5(mx + (ux * along + nx * off) / kx), r5(my + (uy * along + ny * off) / ky)]);
				}
				side = -side;
			}
			if (j < n - 1) out.push([r5(p1[0]), r5(p1[1])]);
		}
		out.push(b);
	}
	return out;
}

// Length of a line check (or a section's own check), honouring `exclude` cuts at spec shape points.
function partLength(id, exclude) {
	const cs = coordsOf.get(id);
	const cut = (exclude ?? []).find((e) => e.section === id);
	if (!cut) return km(cs);
	const at = cut.from ?? cut.to;
	const idx = cs.findIndex((c) => same(c, [r5(at[0]), r5(at[1])]));
	if (idx < 0) {
		errors.push(`exclude on ${id}: no vertex at ${at.join(',')}`);
		return km(cs);
	}
	return cut.from ? km(cs.slice(0, idx + 1)) : km(cs.slice(idx));
}

function calibrate(checkId, memberIds, adjustIds, target, exclude) {
	const adj = adjustIds.filter((id) => coordsOf.has(id) && !calibrated.has(id) && !noBends.has(id));
	if (!adj.length) return;
	const total = () => memberIds.reduce((a, id) => a + partLength(id, exclude), 0);
	const start = total();
	if (start >= target * (1 - CALIBRATE_BELOW)) return;
	let lo = 1;
	let hi = 2;
	const apply = (f) => {
		for (const id of adj) coordsOf.set(id, lengthen(base.get(id), f));
	};
	apply(hi);
	if (total() < target) {
		errors.push(
			`${checkId}: cannot reach the published length even with factor 2; add stations/shape points`
		);
		return;
	}
	for (let i = 0; i < 40; i++) {
		const mid = (lo + hi) / 2;
		apply(mid);
		if (total() < target) lo = mid;
		else hi = mid;
	}
	apply(hi);
	for (const id of adj)
		calibrated.set(id, {
			factor: hi,
			by: checkId,
			pct: (km(coordsOf.get(id)) / km(base.get(id)) - 1) * 100
		});
}

// 1. per-section published lengths, 2. multi-section line checks (in spec order).
for (const s of sections) {
	if (s.published && coordsOf.has(s.id)) calibrate(s.id, [s.id], [s.id], toKm(s.published), []);
}
for (const l of lineChecks) {
	const missing = l.sections.filter((id) => !coordsOf.has(id));
	if (missing.length) {
		errors.push(`line check ${l.id}: section(s) not built: ${missing.join(', ')}`);
		continue;
	}
	calibrate(l.id, l.sections, l.adjust ?? l.sections, toKm(l.published), l.exclude);
}

// Features.
const features = [];
const computed = new Map();
for (const s of sections) {
	if (!coordsOf.has(s.id)) continue;
	const coords = coordsOf.get(s.id);
	const len = km(coords);
	computed.set(s.id, len);
	const props = {
		id: s.id,
		name: s.name,
		...(s.localName ? { localName: s.localName } : {}),
		stations: stationsOf.get(s.id),
		opened: s.opened,
		...(s.closed ? { closed: s.closed } : {}),
		...(s.published
			? {
					publishedLength: {
						value: s.published.value,
						unit: s.published.unit,
						sources: s.published.sources
					},
					publishedLengthKm: r1(toKm(s.published))
				}
			: {}),
		computedLengthKm: r1(len),
		...(calibrated.has(s.id)
			? {
					calibration: {
						drawnKm: r1(km(base.get(s.id))),
						addedPercent: r1(calibrated.get(s.id).pct)
					}
				}
			: {}),
		grade: s.grade,
		...(s.reasoning ? { reasoning: s.reasoning } : {}),
		sources: s.sources
	};
	const notes = [...(s.notes ?? [])];
	if (s.published?.note)
		notes.push({
			kind: 'caution',
			text: `Published length: ${s.published.note}`,
			sources: s.published.sources
		});
	const cal = calibrated.get(s.id);
	if (cal) {
		const check = cal.by === s.id ? null : lineChecks.find((l) => l.id === cal.by);
		notes.push({
			kind: 'caution',
			text: `Length calibrated: the drawn stations and shape points gave ${r1(km(base.get(s.id)))} km; the build added schematic bends (+${cal.pct.toFixed(1)}%) so that ${check ? `"${check.name}"` : 'this section'} matches its published length (${check ? `${check.published.value} ${check.published.unit}` : `${s.published.value} ${s.published.unit}`}). The bends stand for the line's real curvature; they are not its surveyed course.`,
			sources: check ? check.published.sources : s.published.sources
		});
	}
	if (notes.length) props.notes = notes;
	features.push({
		type: 'Feature',
		id: s.id,
		geometry: { type: 'LineString', coordinates: coords },
		properties: props
	});
}

// Spurs: a notional link from each town point taken off its line to the line's nearest vertex, so that
// trains that stop there reach it and trains that pass do not detour.
const placeName = new Map(
	places.features.map((f) => [f.properties?.id ?? f.id, f.properties?.name ?? f.id])
);
for (const sp of spurs) {
	const id = `S-${sp.section.id}-${sp.place}`;
	const coords = [sp.from, sp.to];
	computed.set(id, km(coords));
	features.push({
		type: 'Feature',
		id,
		geometry: { type: 'LineString', coordinates: coords },
		properties: {
			id,
			name: `Spur: ${placeName.get(sp.place)} – ${sp.section.name}`,
			stations: [sp.place],
			opened: sp.section.opened,
			computedLengthKm: r1(km(coords)),
			grade: 'reconstructed',
			reasoning: `Not a railway: the place "${sp.place}" is the town's reference point, ${r1(sp.offKm)} km from the nearest station, halt or km post of the line. This notional link joins it to the line so that legs stopping there can be routed, while trains passing through follow the track.`,
			sources: sp.section.sources
		}
	});
}

// Table of published vs computed lengths.
const rows = [];
for (const s of sections) {
	if (!s.published || !computed.has(s.id)) continue;
	rows.push({
		id: s.id,
		name: s.name,
		pub: toKm(s.published),
		comp: computed.get(s.id),
		base: km(base.get(s.id))
	});
}
for (const l of lineChecks) {
	if (l.sections.some((id) => !computed.has(id))) continue;
	const comp = l.sections.reduce((a, id) => a + partLength(id, l.exclude), 0);
	const saved = new Map(l.sections.map((id) => [id, coordsOf.get(id)]));
	for (const id of l.sections) coordsOf.set(id, base.get(id));
	const b = l.sections.reduce((a, id) => a + partLength(id, l.exclude), 0);
	for (const [id, cs] of saved) coordsOf.set(id, cs);
	rows.push({
		id: l.id,
		name: `${l.name} [${l.sections.join('+')}]`,
		pub: toKm(l.published),
		comp,
		base: b
	});
}
const pad = (s, n) => String(s).padEnd(n);
const padL = (s, n) => String(s).padStart(n);
console.log(
	`${pad('id', 30)}${padL('published km', 13)}${padL('drawn km', 10)}${padL('computed km', 13)}${padL('diff %', 8)}  name`
);
for (const r of rows) {
	const diff = ((r.comp - r.pub) / r.pub) * 100;
	const flag = Math.abs(diff) > TOLERANCE * 100 ? '  <-- OFF' : '';
	if (flag)
		errors.push(
			`${r.id}: computed ${r.comp.toFixed(1)} km vs published ${r.pub.toFixed(1)} km (${diff.toFixed(1)}%)`
		);
	console.log(
		`${pad(r.id, 30)}${padL(r.pub.toFixed(1), 13)}${padL(r.base.toFixed(1), 10)}${padL(r.comp.toFixed(1), 13)}${padL(diff.toFixed(1), 8)}  ${r.name}${flag}`
	);
}
const total = [...computed.values()].reduce((a, b) => a + b, 0);
console.log(
	`\n(drawn km = stations and spec shape points only; computed km = after calibration bends)`
);
console.log(
	`${features.length} sections (${spurs.length} of them spurs to town points off their line), ${total.toFixed(0)} km in all; ${calibrated.size} calibrated: ${[...calibrated].map(([id, c]) => `${id} +${c.pct.toFixed(1)}%`).join(', ')}`
);

const out = { type: 'FeatureCollection', features };
const target = join(root, 'geodata', 'networks', 'rail-1918.geojson');
mkdirSync(dirname(target), { recursive: true });
const tmp = `${target}.${process.pid}.tmp`;
writeFileSync(tmp, JSON.stringify(out, null, '\t') + '\n');
renameSync(tmp, target);
console.log(`wrote ${target}`);
if (errors.length) {
	console.error(`\n${errors.length} problem(s):\n- ${errors.join('\n- ')}`);
	process.exit(1);
}
