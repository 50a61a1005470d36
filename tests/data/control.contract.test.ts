// The control contract: the real geodata/control timelines load with the rest, cover the places the
// project promises, and answer the two cases the issue names (Sviyazhsk facing White Kazan in August
// 1918; Kharkov White after 24 June 1919). The `npm run context` core is run in-process.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { formatGeodataIssue, parseGeodata } from '../../src/lib/journey/geodata';
import { holderAt } from '../../src/lib/journey/control';
import {
	nearestOtherSide,
	otherSideOnRoute,
	routeOfPlaces
} from '../../src/lib/journey/control-distance';
import { CONTROL_START } from '../../src/lib/journey/schema-control';
import { readGeodataFiles } from '../../scripts/lib/read-geodata-files';
import { runContextCli } from '../../scripts/lib/context-cli';
import { legsThroughOtherSide } from '../../src/lib/journey/front-checks';

const root = fileURLToPath(new URL('../..', import.meta.url));
const files = readGeodataFiles(root);
const result = parseGeodata(files);
const data = () => {
	if (!result.ok) throw new Error(result.issues.map(formatGeodataIssue).join('\n'));
	return result.data;
};
const control = () => data().control ?? [];

const KEY_CITIES = [
	'kazan',
	'simbirsk',
	'samara',
	'ufa',
	'perm',
	'yekaterinburg',
	'chelyabinsk',
	'orenburg',
	'uralsk',
	'astrakhan',
	'tsaritsyn',
	'rostov',
	'novocherkassk',
	'yekaterinodar',
	'novorossiysk',
	'kharkov',
	'kiev',
	'odessa',
	'poltava',
	'yekaterinoslav',
	'kursk',
	'orel',
	'voronezh',
	'tambov',
	'tula',
	'bryansk',
	'smolensk',
	'minsk',
	'vilna',
	'pskov',
	'gatchina',
	'petrograd',
	'arkhangelsk',
	'simferopol',
	'sevastopol',
	'perekop',
	'omsk'
];

describe('control contract', () => {
	it('loads with every other file, with zero issues', () => {
		expect(result.ok ? [] : result.issues.map(formatGeodataIssue)).toEqual([]);
	});

	it('covers at least 60 places, the key cities among them, each from the start of the period', () => {
		const ids = new Set(control().map((f) => f.id));
		expect(ids.size).toBeGreaterThanOrEqual(60);
		expect(KEY_CITIES.filter((c) => !ids.has(c))).toEqual([]);
		for (const f of control())
			expect(f.properties.changes[0]!.since.date <= CONTROL_START).toBe(true);
	});

	it('grades honestly: every documented change cites a source, every reconstructed one says why', () => {
		for (const f of control())
			for (const c of f.properties.changes) {
				expect(c.sources.length).toBeGreaterThan(0);
				if (c.grade === 'reconstructed') expect(c.reasoning?.length ?? 0).toBeGreaterThan(10);
			}
	});

	it('has Sviyazhsk facing White-held Kazan in August 1918, and not after its recapture', () => {
		const { places } = data();
		expect(holderAt(control(), 'kazan', '1918-08-20').holder).toBe('white');
		const near = nearestOtherSide(control(), places, 'sviyazhsk_stn', '1918-08-20');
		expect(near?.place).toBe('kazan');
		expect(near!.distanceKm).toBeGreaterThan(15);
		expect(near!.distanceKm).toBeLessThan(45);
		expect(holderAt(control(), 'kazan', '1918-09-20').holder).toBe('red');
		expect(nearestOtherSide(control(), places, 'sviyazhsk_stn', '1918-09-20')?.place).not.toBe(
			'kazan'
		);
	});

	it('has Kharkov White after 24 June 1919 and Red again after 12 December 1919', () => {
		expect(holderAt(control(), 'kharkov', '1919-06-10').holder).toBe('red');
		const july = holderAt(control(), 'kharkov', '1919-07-10');
		expect(july.holder).toBe('white');
		expect(july.since?.date).toBe('1919-06-24');
		expect(holderAt(control(), 'kharkov', '1919-12-20').holder).toBe('red');
		const route = routeOfPlaces(data().places, ['kursk', 'belgorod', 'kharkov', 'lozovaya']);
		const onRoute = otherSideOnRoute(control(), route, '1919-07-10', 'red').map((r) => r.place);
		expect(onRoute).toContain('kharkov');
		expect(
			otherSideOnRoute(control(), route, '1919-05-10', 'red').map((r) => r.place)
		).not.toContain('kharkov');
	});
});

describe('npm run context (in-process)', () => {
	it('answers with holder, since, sources and grade as JSON', () => {
		const r = runContextCli(['--place', 'kazan', '--date', '1918-08-20', '--json'], files);
		expect(r.exitCode).toBe(0);
		const answer = JSON.parse(r.stdout);
		expect(answer).toMatchObject({ place: 'kazan', date: '1918-08-20', holder: 'white' });
		expect(answer.since.date).toBe('1918-08-07');
		expect(answer.sources.length).toBeGreaterThan(0);
		expect(['documented', 'probable', 'reconstructed']).toContain(answer.grade);
	});

	it('prints a readable answer', () => {
		const r = runContextCli(['--place', 'sviyazhsk_stn', '--date', '1918-08-20'], files);
		expect(r.exitCode).toBe(0);
		expect(r.stdout).toMatch(/sviyazhsk_stn on 1918-08-20: red/);
		expect(r.stdout).toMatch(/Kazan, \d+(\.\d)? km/);
	});

	it.each([
		[['--place', 'atlantis', '--date', '1919-01-01'], /unknown place "atlantis"/],
		[['--place', 'kazan', '--date', '1919-02-30'], /bad date/],
		[['--place', 'kazan', '--date', '19-2-3'], /bad date/],
		[['--place', 'kazan'], /required/],
		[['--bogus'], /Unknown option/]
	])('exits 2 with a clear error for %j', (args, message) => {
		const r = runContextCli(args, files);
		expect(r.exitCode).toBe(2);
		expect(r.stderr).toMatch(message);
	});
});

describe('the journeys against the front (what --check-routes reports)', () => {
	it('has no leg passing a place held by the other side on its day without a reasoning or notes', () => {
		const passes = data().journeys.flatMap((j) => legsThroughOtherSide(j, control()));
		expect(passes.filter((f) => !f.explained).map((f) => `${f.leg} ${f.date}`)).toEqual([]);
	});

	it('does see the Kazan front from the Sviyazhsk legs at a wider radius', () => {
		const train = data().journeys.find((j) => j.meta.id === 'train');
		const near = legsThroughOtherSide(train!, control(), 'red', 40);
		const kazanLeg = near.find((f) => f.leg.endsWith('-sviyazhsk_stn') && f.date < '1918-09-01');
		expect(kazanLeg?.places.map((p) => p.place)).toContain('kazan');
	});
});

// Starting tsx takes a second alone and several under a parallel run.
describe('npm run context as a process', { timeout: 60_000 }, () => {
	const tsx = join(root, 'node_modules', '.bin', 'tsx');
	const script = join(root, 'scripts', 'context.ts');
	const run = (...args: string[]) => spawnSync(tsx, [script, ...args], { encoding: 'utf8' });

	it('prints JSON and exits 0', () => {
		const r = run('--place', 'kharkov', '--date', '1919-07-10', '--json');
		expect(r.status).toBe(0);
		expect(JSON.parse(r.stdout)).toMatchObject({ place: 'kharkov', holder: 'white' });
	});

	it('exits 2 on an unknown place, with the message on stderr', () => {
		const r = run('--place', 'atlantis', '--date', '1919-07-10');
		expect(r.status).toBe(2);
		expect(r.stdout).toBe('');
		expect(r.stderr).toMatch(/unknown place "atlantis"/);
	});
});
