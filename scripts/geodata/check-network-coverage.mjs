// Check that the places the journeys need can be reached by rail from Moscow on the lines open at the
// time. Usage: node scripts/geodata/check-network-coverage.mjs   (exits 1 if a target is unreachable)
// Each target: [place, date, from?] — routed with the same rules as the geodata build (sections whose
// opened.date is on or before the date; geojson-path-finder, tolerance 1e-5).
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';
import { length, lineString } from '@turf/turf';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const PF = await import('geojson-path-finder');
const PathFinder = PF.default?.default ?? PF.default ?? PF;
const places = JSON.parse(readFileSync(join(root, 'geodata', 'places.geojson'), 'utf8'));
const coordOf = new Map(places.features.map((f) => [f.properties.id, f.geometry.coordinates]));
const network = JSON.parse(
	readFileSync(join(root, 'geodata', 'networks', 'rail-1918.geojson'), 'utf8')
);

// The train's trips (train_itinerary.md and its addendum) and the exile's rail journeys of 1928–29.
const targets = [
	['sviyazhsk_stn', '1918-08-08'],
	['kazan', '1918-09-10'],
	['penza', '1918-09-16'],
	['saratov', '1918-09-17'],
	['kozlov', '1918-10-05'],
	['bobrov', '1918-10-07'],
	['voronezh', '1918-10-08'],
	['tsaritsyn', '1918-11-04'],
	['liski', '1918-11-20'],
	['kursk', '1918-12-26'],
	['gryazi', '1918-12-20'],
	['balashov', '1919-01-11'],
	['petrograd', '1919-01-19'],
	['pokrovsk', '1919-01-27'],
	['arzamas', '1919-01-25'],
	['yamburg', '1919-02-11'],
	['sarapul', '1919-03-26'],
	['samara', '1919-04-06'],
	['vologda', '1919-04-20'],
	['vyatka', '1919-04-26'],
	['vyatskiye_polyany', '1919-05-06'],
	['kupyansk', '1919-05-15'],
	['kiev', '1919-05-20'],
	['izyum', '1919-05-22'],
	['kharkov', '1919-06-04'],
	['balakleya', '1919-06-06'],
	['kremenchug', '1919-07-22'],
	['vorozhba', '1919-08-02'],
	['tula', '1919-09-04'],
	['orel', '1919-09-04'],
	['tambov', '1919-09-12'],
	['tosno', '1919-10-16'],
	['yekaterinburg', '1920-02-24'],
	['novozybkov', '1920-05-10'],
	['gomel', '1920-05-10'],
	['mogilev', '1920-05-15'],
	['shklov', '1920-05-15'],
	['kopys', '1920-05-15'],
	['rostov', '1920-08-24'],
	['yekaterinodar', '1920-08-26'],
	['aleksandrovsk', '1920-08-30'],
	['smolensk', '1920-09-08'],
	['minsk', '1920-09-09'],
	['samara', '1928-01-18', 'moscow_yaroslavsky_stn'],
	['orenburg', '1928-01-19'],
	['akbulak', '1928-01-20'],
	['aktyubinsk', '1928-01-20'],
	['kzylorda', '1928-01-21'],
	['arys', '1928-01-22'],
	['aulieata', '1928-01-22'],
	['frunze', '1928-01-23'],
	['ryazhsk', '1929-01-30', 'frunze'],
	['kursk', '1929-02-01', 'ryazhsk'],
	['odessa', '1929-02-09', 'kursk']
];
const finders = new Map();
const finderFor = (date) => {
	if (!finders.has(date)) {
		const open = network.features.filter((f) => f.properties.opened.date <= date);
		finders.set(
			date,
			new PathFinder({ type: 'FeatureCollection', features: open }, { tolerance: 1e-5 })
		);
	}
	return finders.get(date);
};
const pt = (c) => ({
	type: 'Feature',
	properties: {},
	geometry: { type: 'Point', coordinates: c }
});
let failed = 0;
for (const [place, date, from = 'moscow'] of targets) {
	const a = coordOf.get(from);
	const b = coordOf.get(place);
	const res = a && b ? finderFor(date).findPath(pt(a), pt(b)) : null;
	if (!res) {
		failed++;
		console.log(`UNREACHABLE  ${from} → ${place} on ${date}`);
	} else {
		const km = length(lineString(res.path), { units: 'kilometers' });
		console.log(
			`ok  ${from.padEnd(22)} → ${place.padEnd(18)} ${date}  ${km.toFixed(0).padStart(5)} km`
		);
	}
}
if (failed) {
	console.error(`${failed} target(s) unreachable`);
	process.exit(1);
}
