import { describe, expect, it } from 'vitest';
import { derivationIssue } from './cross-check-claims';
import { parseGeodata } from './geodata';
import type { Claim, ClaimDerivation } from './schema';
import { geodataSlice, sliceFiles } from '../../../tests/fixtures/geodata-slice';

const claim = (
	id: string,
	value: number,
	unit: Claim['unit'],
	derivesFrom?: Omit<ClaimDerivation, 'reasoning'>
): Claim => ({
	id,
	value,
	unit,
	qualifier: 'at least',
	wording: `${value} ${unit}`,
	language: 'en',
	covers: 'the journey',
	coverage: { scope: 'journey' },
	...(derivesFrom && { derivesFrom: { ...derivesFrom, reasoning: 'the same sentence' } }),
	sources: ['src']
});

describe('derivationIssue', () => {
	const smele = claim('smele', 75000, 'mi');
	const wiki = claim('wiki', 75000, 'mi', { claim: 'smele', how: 'repeats' });
	const mirror = claim('mirror', 121000, 'km', { claim: 'wiki', how: 'converts' });

	it('accepts a copy with its origin’s figure and a conversion within rounding', () => {
		const claims = [smele, wiki, mirror];
		expect(claims.map((c) => derivationIssue(claims, c))).toEqual([
			undefined,
			undefined,
			undefined
		]);
	});

	it('rejects an origin that is not a claim of the journey', () => {
		expect(derivationIssue([wiki], wiki)).toBe(
			'derives from "smele", which is not a claim of this journey'
		);
	});

	it('rejects a cycle', () => {
		const a = claim('a', 1, 'km', { claim: 'b', how: 'repeats' });
		const b = claim('b', 1, 'km', { claim: 'a', how: 'repeats' });
		expect(derivationIssue([a, b], a)).toBe('derivation goes round in a cycle: a → b → a');
	});

	it('rejects a copy with another figure and a conversion that is not one', () => {
		const off = claim('off', 70000, 'mi', { claim: 'smele', how: 'repeats' });
		expect(derivationIssue([smele, off], off)).toBe(
			'repeats "smele" but gives 70000 mi, not 75000 mi'
		);
		const same = claim('same', 75000, 'mi', { claim: 'smele', how: 'converts' });
		expect(derivationIssue([smele, same], same)).toBe('converts "smele" but keeps its unit (mi)');
		const far = claim('far', 100000, 'km', { claim: 'smele', how: 'converts' });
		expect(derivationIssue([smele, far], far)).toBe(
			'converts "smele" but 100000 km is 17% away from 75000 mi'
		);
	});
});

describe('the claims in the loader', () => {
	it('reports a claim deriving from one the journey does not have, and a duplicate id', () => {
		const slice = geodataSlice();
		const claims = slice.train.journey.claims as Claim[];
		const [smele] = claims;
		const copy = {
			...smele!,
			derivesFrom: { claim: 'nowhere', how: 'repeats' as const, reasoning: 'x' }
		};
		claims.push(copy, { ...smele! });
		const result = parseGeodata(sliceFiles(slice));
		expect(result.ok).toBe(false);
		if (result.ok) return;
		expect(result.issues).toEqual(
			expect.arrayContaining([
				expect.objectContaining({ feature: 'smele-75000-mi', message: 'duplicate claim id' }),
				expect.objectContaining({
					path: 'claims.1.derivesFrom',
					message: 'derives from "nowhere", which is not a claim of this journey'
				})
			])
		);
	});

	it('rejects a claim that derives from itself in the schema', () => {
		const slice = geodataSlice();
		const claims = slice.train.journey.claims as Claim[];
		claims[0] = {
			...claims[0]!,
			derivesFrom: { claim: 'smele-75000-mi', how: 'repeats', reasoning: 'x' }
		};
		const result = parseGeodata(sliceFiles(slice));
		expect(result.ok).toBe(false);
		if (result.ok) return;
		expect(result.issues.map((i) => i.message)).toContain('a claim cannot derive from itself');
	});
});
