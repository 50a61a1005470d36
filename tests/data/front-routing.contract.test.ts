// The war in the routing, over the real geodata: the train's rail legs as built keep away from the
// places held by the other side on their day (the build and `--check-routes` route the same way),
// and the router with the control data alone finds the detour of July 1919 round the White-held
// Kharkov – Poltava country that the legs' `via` places draw by hand. Also: every controlled place
// now has a cited coordinate in places.geojson (no approximate extra places left).
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { formatGeodataIssue, parseGeodata } from '../../src/lib/journey/geodata';
import { createRailRouter } from '../../src/lib/journey/routing';
import { checkRailLegs, railLegProblems } from '../../src/lib/journey/routing-checks';
import { otherSidePoints } from '../../src/lib/journey/control-distance';
import { JOURNEY_SIDE } from '../../src/lib/journey/front-checks';
import { buildLegDistances } from '../../src/lib/journey/distance';
import { readGeodataFiles } from '../../scripts/lib/read-geodata-files';

const root = fileURLToPath(new URL('../..', import.meta.url));
const result = parseGeodata(readGeodataFiles(root));
const data = () => {
	if (!result.ok) throw new Error(result.issues.map(formatGeodataIssue).join('\n'));
	return result.data;
};
const control = () => data().control ?? [];
const train = () => data().journeys.find((j) => j.meta.id === 'train')!;
const avoidOn = (date: string) => otherSidePoints(control(), date, JOURNEY_SIDE.train!);

describe('routing that knows the war (real data)', () => {
	it('has every routed rail leg of the train as the avoiding router routes it on its day', () => {
		const router = createRailRouter(data().network, data().places);
		const checks = checkRailLegs(train(), router, { avoidOn });
		expect(checks.length).toBeGreaterThan(80);
		expect(railLegProblems(checks).map((c) => c.leg)).toEqual([]);
	});

	it('finds the July 1919 detour by Romny and Romodan from the control data alone', () => {
		const router = createRailRouter(data().network, data().places);
		const leg = buildLegDistances(train()).find((l) => l.id === 't12-smorodino_stn-kremenchug');
		expect(leg?.startDate).toBeDefined();
		const date = leg!.startDate!;
		const plain = router.route(leg!.fromPlace, leg!.toPlace, date);
		const round = router.route(leg!.fromPlace, leg!.toPlace, date, { avoid: avoidOn(date) });
		if (!plain.ok || !round.ok) throw new Error('expected both routes');
		// The shortest line runs by Lyubotin and Poltava, which the data has White that month.
		expect(plain.route.via).toContain('lyubotin');
		expect(round.route.wentRound).toContain('poltava');
		expect(round.route.via).toEqual(expect.arrayContaining(['romny', 'romodan']));
		expect(round.route.via).not.toContain('lyubotin');
		// The hand-made leg (via Romny and Romodan) is drawn along the same line.
		expect(round.route.distanceKm).toBeCloseTo(leg!.drawnKm, 0);
	});
});

describe('controlled places', () => {
	it('all stand in places.geojson with a cited, checked coordinate', () => {
		const places = new Map(data().places.map((p) => [p.id, p.properties]));
		expect(
			control()
				.filter((f) => f.properties.extraPlace)
				.map((f) => f.id)
		).toEqual([]);
		for (const id of ['omsk', 'arkhangelsk', 'pskov', 'vilna', 'poltava', 'perekop']) {
			const place = places.get(id);
			expect(place, id).toBeDefined();
			expect(place!.coordSource).not.toMatch(/APPROXIMATE/);
			expect(place!.sources.length).toBeGreaterThan(0);
		}
	});
});
