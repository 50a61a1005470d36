// Every leg of the real data is plausible as drawn and dated, or says why not: the implied speed
// within its mode's limit and the line within 3× the great circle, unless the leg's reasoning
// explains it (`explains` in legs.csv). The limits and the rule are in src/lib/journey/plausibility.ts.
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { formatGeodataIssue, parseGeodata } from '../../src/lib/journey/geodata';
import { journeyPlausibility, unexplained } from '../../src/lib/journey/plausibility';
import { readGeodataFiles } from '../../scripts/lib/read-geodata-files';

const root = fileURLToPath(new URL('../..', import.meta.url));
const result = parseGeodata(readGeodataFiles(root));
if (!result.ok) throw new Error(result.issues.map(formatGeodataIssue).join('\n'));
const journeys = result.data.journeys;

describe.each(journeys.map((j) => [j.meta.id, j] as const))('%s: plausible legs', (_, journey) => {
	const legs = journeyPlausibility(journey);

	it('has no leg faster than its mode allows or longer than 3× the great circle, unexplained', () => {
		expect(legs.flatMap(unexplained)).toEqual([]);
	});

	it('explains only what needs explaining (a stale "explains" hides the next mistake)', () => {
		const stale = legs.flatMap((l) => [
			...(l.explains.includes('speed') && !l.tooFast ? [`${l.id}: speed`] : []),
			...(l.explains.includes('detour') && !l.tooRound ? [`${l.id}: detour`] : [])
		]);
		expect(stale).toEqual([]);
	});

	it('dates every leg, so its speed can be checked', () => {
		expect(legs.filter((l) => l.days === undefined).map((l) => l.id)).toEqual([]);
	});
});
