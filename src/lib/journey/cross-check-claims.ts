/**
 * A journey's published claims checked against the sources, its legs and each other: every claim
 * states its coverage, ids are unique, and a claim that copies another names one that exists, without
 * a cycle, and carries its figure (the same for a copy, the same within rounding for a conversion).
 */
import type { GeodataIssue, Journey } from './types';
import type { Claim } from './schema';
import { duplicates, type JourneyContext } from './cross-check-kit';
import { derivationChain } from './claim-origins';
import { unitToKm } from './distance-units';

/** How far a converted figure may lie from its origin's: the rounding of a conversion template. */
export const CONVERSION_TOLERANCE = 0.02;

export function checkClaims(journey: Journey, ctx: JourneyContext, issues: GeodataIssue[]): void {
	const { meta } = journey;
	const metaFile = `geodata/journeys/${meta.id}/journey.json`;
	const legIds = new Set(journey.legs.map((l) => l.id));
	const issue = (c: Claim, path: string, message: string) =>
		issues.push({ file: metaFile, feature: c.id, path, message });

	duplicates(meta.claims.map((c) => c.id)).forEach((id) =>
		issues.push({ file: metaFile, feature: id, message: 'duplicate claim id' })
	);
	meta.claims.forEach((c, i) => {
		ctx.cite(metaFile, c.id, `claims.${i}.sources`, c.sources);
		ctx.citeNotes(metaFile, c.id, `claims.${i}.`, c.notes);
		if (!c.coverage)
			issue(
				c,
				`claims.${i}`,
				'a claim states what it covers ("coverage": scope and dates or legs)'
			);
		c.coverage?.legs?.forEach((id, k) => {
			if (!legIds.has(id)) issue(c, `claims.${i}.coverage.legs.${k}`, `no leg "${id}"`);
		});
		const problem = derivationIssue(meta.claims, c);
		if (problem) issue(c, `claims.${i}.derivesFrom`, problem);
	});
}

/** What is wrong with a claim's `derivesFrom`, if anything. */
export function derivationIssue(claims: readonly Claim[], c: Claim): string | undefined {
	if (!c.derivesFrom) return undefined;
	const r = derivationChain(claims, c);
	if ('problem' in r) {
		const p = r.problem;
		return p.kind === 'missing'
			? `derives from "${p.id}", which is not a claim of this journey`
			: `derivation goes round in a cycle: ${p.ids.join(' → ')}`;
	}
	const from = r.chain[0];
	if (!from) return undefined;
	const figure = (x: Claim) => `${x.value} ${x.unit}`;
	if (c.derivesFrom.how === 'repeats' && figure(c) !== figure(from))
		return `repeats "${from.id}" but gives ${figure(c)}, not ${figure(from)}`;
	if (c.derivesFrom.how === 'converts') {
		if (c.unit === from.unit) return `converts "${from.id}" but keeps its unit (${c.unit})`;
		const gap = Math.abs(unitToKm(c.value, c.unit) / unitToKm(from.value, from.unit) - 1);
		if (gap > CONVERSION_TOLERANCE)
			return `converts "${from.id}" but ${figure(c)} is ${Math.round(gap * 100)}% away from ${figure(from)}`;
	}
	return undefined;
}
