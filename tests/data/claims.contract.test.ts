// The published claims of the real data: the figures that copy another (distance_claims.md: the
// English Wikipedia repeats Smele, a mirror converts Wikipedia's miles to km) are grouped under
// their origin and counted once; each journey's headline claim covers the whole journey.
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { formatGeodataIssue, parseGeodata } from '../../src/lib/journey/geodata';
import { groupClaims, independentClaims } from '../../src/lib/journey/claim-origins';
import { headlineClaim } from '../../src/lib/journey/headline';
import { buildJourneyIndex } from '../../src/lib/journey/journey-index';
import { readGeodataFiles } from '../../scripts/lib/read-geodata-files';

const root = fileURLToPath(new URL('../..', import.meta.url));
const result = parseGeodata(readGeodataFiles(root));
if (!result.ok) throw new Error(result.issues.map(formatGeodataIssue).join('\n'));
const journey = (id: string) => {
	const j = result.data.journeys.find((x) => x.meta.id === id);
	if (!j) throw new Error(`no journey ${id}`);
	return j;
};

describe('the claims that copy another', () => {
	const claims = journey('train').meta.claims;
	const byId = (id: string) => claims.find((c) => c.id === id);

	it('groups Wikipedia’s 75,000 mi and the mirror’s 121,000 km under Smele’s figure', () => {
		expect(byId('enwiki-75000-mi')?.derivesFrom).toMatchObject({
			claim: 'smele-75000-mi',
			how: 'repeats'
		});
		expect(byId('enwiki-mirror-121000-km')?.derivesFrom).toMatchObject({ how: 'converts' });
		const smele = groupClaims(claims, (c) => c).find((g) => g.origin.id === 'smele-75000-mi');
		expect(smele?.derived.map((d) => d.item.id).sort()).toEqual([
			'enwiki-75000-mi',
			'enwiki-mirror-121000-km'
		]);
	});

	it('counts every other figure as independent, since the research finds no copy among them', () => {
		const copies = claims.filter((c) => c.derivesFrom).map((c) => c.id);
		const independent = independentClaims(claims, (c) => c).map((c) => c.id);
		expect(independent).toEqual(claims.map((c) => c.id).filter((id) => !copies.includes(id)));
		expect(independent.length).toBe(claims.length - 2);
		// Each copy states what shows it, so the panel can say why it is counted once.
		for (const c of claims)
			if (c.derivesFrom) expect(c.derivesFrom.reasoning.length).toBeGreaterThan(20);
	});

	it('the exile’s figures for single stretches copy nothing', () => {
		expect(journey('exile').meta.claims.filter((c) => c.derivesFrom)).toEqual([]);
	});
});

describe('the headline claim of each journey', () => {
	const headline = (id: string) => {
		const j = journey(id);
		const index = buildJourneyIndex(j);
		const period = { start: j.meta.period.start.date, end: j.meta.period.end.date };
		return headlineClaim(j.meta.claims, period, index.km[index.km.length - 1] ?? 0);
	};

	it('is, for the train, the independent figure for the whole journey that others repeat', () => {
		const claim = headline('train');
		expect(claim?.coverage).toEqual({ scope: 'journey' });
		expect(claim?.derivesFrom).toBeUndefined();
		expect(claim?.id).toBe('smele-75000-mi');
	});

	it('is none for the exile, whose published figures are all for single stretches', () => {
		expect(journey('exile').meta.claims.every((c) => c.coverage?.scope === 'part')).toBe(true);
		expect(headline('exile')).toBeUndefined();
	});
});
