// Golden files for the importer: every file in tests/fixtures/import/ goes through `parseImport` (the
// pure entry the import worker runs) and its answer, the validated journey or the list of problems,
// must equal tests/fixtures/import/out/<file>.json. After a deliberate change, regenerate them with
//   REGEN=1 npx vitest run --project server src/lib/import/import-file.golden.test.ts
// and read the diff: a golden file is a claim that the output is right, not a record of what it is.
import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { TakenIds } from './collisions';
import { parseImport } from './import-file';

const IN = new URL('../../../tests/fixtures/import/', import.meta.url);
const OUT = new URL('out/', IN);
const REGEN = Boolean(process.env.REGEN);
/** Flagship ids, as on the page: an import never takes them. */
const taken: TakenIds = { journeyIds: ['train', 'exile'], places: {}, sources: {} };

/**
 * Inputs whose golden file holds the right answer, corrected by hand, while the importer still gives
 * a wrong one: the test fails until the importer is fixed (then drop the entry). REGEN leaves them be.
 */
const KNOWN_WRONG: Record<string, string> = {};

const inputs = readdirSync(IN)
	.filter((name) => statSync(new URL(name, IN)).isFile())
	.sort();

/** Floats to 6 decimals (about 10 cm), so float noise such as 44.485200000000006 is not a change. */
function rounded(value: unknown): unknown {
	if (typeof value === 'number') return Number.isInteger(value) ? value : Number(value.toFixed(6));
	if (Array.isArray(value)) return value.map(rounded);
	if (value && typeof value === 'object') {
		return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, rounded(v)]));
	}
	return value;
}

async function write(url: URL, value: unknown): Promise<void> {
	const { format, resolveConfig } = await import('prettier');
	const options = (await resolveConfig(url.pathname)) ?? {};
	mkdirSync(OUT, { recursive: true });
	writeFileSync(url, await format(JSON.stringify(value), { ...options, parser: 'json' }));
}

describe('parseImport golden files', () => {
	it('has inputs', () => {
		expect(inputs.length).toBeGreaterThan(0);
	});

	const check = async (name: string) => {
		const text = readFileSync(new URL(name, IN), 'utf8');
		const actual = rounded(parseImport({ name, text }, taken));
		const golden = new URL(`${name}.json`, OUT);
		if (REGEN && !Object.hasOwn(KNOWN_WRONG, name)) await write(golden, actual);
		expect(actual).toEqual(JSON.parse(readFileSync(golden, 'utf8')));
	};
	it.each(inputs.filter((name) => !Object.hasOwn(KNOWN_WRONG, name)))('%s', check);
	it.fails.each(Object.keys(KNOWN_WRONG))('%s (known wrong: see KNOWN_WRONG)', check);

	it('has no golden file without an input', () => {
		const orphans = readdirSync(OUT).filter((f) => !inputs.includes(f.replace(/\.json$/, '')));
		expect(orphans).toEqual([]);
	});
});
