// `npm run distances`: the CLI logic in-process on the loader's test slice (tests/fixtures), and the
// real process (tsx scripts/distances.ts --root <tmp>) for exit codes and output streams.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { runDistancesCli } from '../../../scripts/lib/distances-cli';
import { geodataSlice, sliceFiles } from '../../../tests/fixtures/geodata-slice';
import { haversineKm } from './fixtures/haversine';
import { buildDistanceView } from './distance-view';
import { parseGeodata } from './geodata';

// Places of the slice (tests/fixtures/geodata-slice.ts), for the hand-computed route length.
const MOSCOW = [37.657, 55.7734];
const MUROM = [42.0426, 55.575];
const ARZAMAS = [43.8399, 55.3948];
const SVIYAZHSK = [48.6597, 55.7722];
const ROUTE_KM =
	haversineKm(MOSCOW, MUROM) + haversineKm(MUROM, ARZAMAS) + haversineKm(ARZAMAS, SVIYAZHSK);

const files = sliceFiles();
const run = (...args: string[]) => runDistancesCli(args, files);

describe('npm run distances -- --from --to [--date] (in-process)', () => {
	it('prints the routed distance as JSON in km, miles and versts', () => {
		const r = run(
			'--from',
			'moscow_kazansky_stn',
			'--to',
			'sviyazhsk',
			'--date',
			'1918-08-08',
			'--json'
		);
		expect(r.exitCode).toBe(0);
		expect(r.stderr).toBe('');
		const out = JSON.parse(r.stdout);
		expect(out).toMatchObject({
			from: 'moscow_kazansky_stn',
			to: 'sviyazhsk',
			date: '1918-08-08',
			via: ['moscow_kazansky_stn', 'murom', 'arzamas', 'sviyazhsk'],
			sections: ['F01']
		});
		expect(out.km).toBeCloseTo(ROUTE_KM, 3);
		expect(out.mi).toBeCloseTo(ROUTE_KM / 1.609344, 3);
		expect(out.versts).toBeCloseTo(ROUTE_KM / 1.0668, 3);
	});

	it('prints a readable line without --json', () => {
		const r = run('--from', 'moscow_kazansky_stn', '--to', 'sviyazhsk');
		expect(r.exitCode).toBe(0);
		expect(r.stdout).toContain('moscow_kazansky_stn → sviyazhsk by rail');
		expect(r.stdout).toContain(`${Math.round(ROUTE_KM)} km`);
		expect(r.stdout).toContain('via moscow_kazansky_stn → murom → arzamas → sviyazhsk');
	});

	it.each([
		[
			'an unknown place id',
			['--from', 'moscow_kazansky_stn', '--to', 'atlantis'],
			/unknown place id "atlantis"/
		],
		[
			'a place off the network',
			['--from', 'almaata', '--to', 'sviyazhsk'],
			/"almaata" is not a station/
		],
		[
			'a line not yet open',
			['--from', 'moscow_kazansky_stn', '--to', 'frunze', '--date', '1918-08-08'],
			/no line through "frunze" was open on 1918-08-08.*F02 opened 1924-01-01/
		],
		[
			'an impossible date',
			['--from', 'murom', '--to', 'arzamas', '--date', '1918-02-30'],
			/"1918-02-30" is not a real date/
		]
	])('exits 1 with a message for %s', (_name, args, message) => {
		const r = run(...args);
		expect(r.exitCode).toBe(1);
		expect(r.stdout).toBe('');
		expect(r.stderr).toMatch(message);
	});

	it.each([
		['--from without --to', ['--from', 'murom'], /--from and --to go together/],
		['--date without a query', ['--date', '1918-08-08'], /--date applies to a route query/],
		['an unknown option', ['--fast'], /Unknown option '--fast'/],
		['a stray argument', ['kazan'], /Unexpected argument 'kazan'/]
	])('exits 2 with the usage for %s', (_name, args, message) => {
		const r = run(...args);
		expect(r.exitCode).toBe(2);
		expect(r.stderr).toMatch(message);
		expect(r.stderr).toContain('Usage:');
	});

	it('prints the usage for --help', () => {
		expect(run('--help')).toMatchObject({ exitCode: 0, stderr: '' });
	});

	it('exits 1 and names the problem when geodata/ is invalid', () => {
		const broken = { ...files };
		delete broken['geodata/places.geojson'];
		const r = runDistancesCli([], broken);
		expect(r.exitCode).toBe(1);
		expect(r.stderr).toMatch(/geodata\/places\.geojson: file is missing/);
	});
});

describe('npm run distances [--json] (in-process)', () => {
	const parsed = parseGeodata(files);
	if (!parsed.ok) throw new Error('the test slice should be valid');

	it('prints the same DistanceView the panel gets, as JSON', () => {
		const r = run('--json');
		expect(r.exitCode).toBe(0);
		expect(JSON.parse(r.stdout)).toEqual(buildDistanceView(parsed.data));
	});

	it('prints a report with totals, trips, modes, grades and every claim with its wording', () => {
		const r = run();
		expect(r.exitCode).toBe(0);
		const train = buildDistanceView(parsed.data).journeys.find((j) => j.id === 'train');
		expect(r.stdout).toContain("== Trotsky's train (1918-08-08 – 1918-08-30) ==");
		expect(r.stdout).toContain(
			`Along the legs:            ${Math.round(train?.lengthKm ?? 0).toLocaleString('en-GB')} km`
		);
		expect(r.stdout).toMatch(/By mode:\n {2}rail/);
		expect(r.stdout).toMatch(/By grade:\n {2}documented/);
		expect(r.stdout).toContain('J01');
		expect(r.stdout).toContain('- at least 75,000 mi (= 120,701 km)');
		expect(r.stdout).toContain('“traveled at least 75,000 miles”');
		expect(r.stdout).toContain('== The journeys side by side ==');
		expect(r.stdout).toMatch(/ {2}sledge/);
	});

	it('gives shares and the estimate when the sources count the trips', () => {
		const slice = geodataSlice();
		Object.assign(slice.train.journey, {
			tripCount: { value: 36, wording: [{ text: '36 trips', sources: ['htra-1918-ch33'] }] }
		});
		const r = runDistancesCli([], sliceFiles(slice));
		expect(r.exitCode).toBe(0);
		expect(r.stdout).toContain('1 of the 36 trips the sources count are placed');
		expect(r.stdout).toMatch(/ESTIMATE, not a measurement: 36 trips × the mean placed trip/);
		expect(r.stdout).toMatch(/the 1 placed trip it covers accounts for \d+(\.\d)?%/);
	});
});

describe('npm run distances -- --check-routes (in-process)', () => {
	it('re-routes each routed rail leg on its day and exits 0 when all agree', () => {
		const r = run('--check-routes');
		expect(r.exitCode).toBe(0);
		expect(r.stdout).toBe('2 rail legs checked, 0 to look at\n');
	});

	it('exits 1 and lists a leg drawn over a line not open on its day', () => {
		const slice = geodataSlice();
		// Open F02 (Moscow – Samara – Frunze) a year after the exile's first stage (January 1928), and
		// drop the leg's `network` list, which is what the loader's own opening-date check reads.
		const f02 = slice.network.features.find((f) => f.id === 'F02');
		const leg = slice.exile.legs.features[0]?.properties as { network?: string[] } | undefined;
		if (!f02 || !leg) throw new Error('slice changed');
		f02.properties.opened.date = '1929-01-01';
		delete leg.network;
		const r = runDistancesCli(['--check-routes', '--json'], sliceFiles(slice));
		expect(r.exitCode).toBe(1);
		const out = JSON.parse(r.stdout);
		expect(out.checked).toBe(2);
		expect(out.problems).toEqual([
			expect.objectContaining({
				leg: 't01-moscow-frunze',
				date: '1928-01-17',
				problem: expect.objectContaining({ kind: 'not-open' })
			})
		]);
	});

	it('refuses --check-routes with a route query', () => {
		expect(run('--check-routes', '--from', 'murom', '--to', 'arzamas').exitCode).toBe(2);
	});
});

// Starting tsx takes a second alone and several under a parallel browser run.
describe('tsx scripts/distances.ts (the process)', { timeout: 60_000 }, () => {
	const repo = fileURLToPath(new URL('../../..', import.meta.url));
	const root = mkdtempSync(join(tmpdir(), 'echelon-distances-'));
	for (const [path, text] of Object.entries(files)) {
		mkdirSync(dirname(join(root, path)), { recursive: true });
		writeFileSync(join(root, path), text);
	}
	afterAll(() => rmSync(root, { recursive: true, force: true }));
	const tsx = join(repo, 'node_modules/.bin/tsx');
	const script = join(repo, 'scripts/distances.ts');

	it('prints JSON on stdout and exits 0', () => {
		const out = execFileSync(
			tsx,
			[script, '--root', root, '--from', 'murom', '--to', 'arzamas', '--json'],
			{
				encoding: 'utf8'
			}
		);
		expect(JSON.parse(out).km).toBeCloseTo(haversineKm(MUROM, ARZAMAS), 3);
	});

	it('exits non-zero with the message on stderr', () => {
		const r = spawnSync(tsx, [script, '--root', root, '--from', 'murom', '--to', 'nowhere'], {
			encoding: 'utf8'
		});
		expect(r.status).toBe(1);
		expect(r.stdout).toBe('');
		expect(r.stderr).toMatch(/unknown place id "nowhere"/);
	});
});
