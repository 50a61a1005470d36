import { describe, expect, it } from 'vitest';
import { derivationChain, groupClaims, independentClaims, originOf } from './claim-origins';
import type { Claim } from './schema';

/** A claim with only what the grouping reads; `from` makes it a copy of that claim. */
const claim = (id: string, from?: string, how: 'repeats' | 'converts' = 'repeats') =>
	({
		id,
		...(from && { derivesFrom: { claim: from, how, reasoning: `${id} follows ${from}` } })
	}) as Pick<Claim, 'id' | 'derivesFrom'>;
const ids = <T extends { id: string }>(groups: { origin: T; derived: { item: T; from: T }[] }[]) =>
	groups.map((g) => [g.origin.id, g.derived.map((d) => `${d.item.id}<${d.from.id}`)]);

describe('derivationChain', () => {
	const smele = claim('smele');
	const wiki = claim('wiki', 'smele');
	const mirror = claim('mirror', 'wiki', 'converts');

	it('follows a copy back to its origin, nearest first', () => {
		expect(derivationChain([smele, wiki, mirror], mirror)).toEqual({ chain: [wiki, smele] });
		expect(derivationChain([smele, wiki, mirror], smele)).toEqual({ chain: [] });
	});

	it('names a missing origin', () => {
		expect(derivationChain([wiki], wiki)).toEqual({ problem: { kind: 'missing', id: 'smele' } });
	});

	it('stops at a cycle, whether or not it comes back to the claim itself', () => {
		const a = claim('a', 'b');
		const b = claim('b', 'a');
		expect(derivationChain([a, b], a)).toEqual({
			problem: { kind: 'cycle', ids: ['a', 'b', 'a'] }
		});
		const c = claim('c', 'a');
		expect(derivationChain([a, b, c], c)).toEqual({
			problem: { kind: 'cycle', ids: ['c', 'a', 'b', 'a'] }
		});
	});
});

describe('originOf', () => {
	it('follows copies of copies, and leaves a claim with a broken chain as its own origin', () => {
		const smele = claim('smele');
		const wiki = claim('wiki', 'smele');
		const mirror = claim('mirror', 'wiki', 'converts');
		expect(originOf([smele, wiki, mirror], mirror)).toBe(smele);
		expect(originOf([smele, wiki, mirror], smele)).toBe(smele);
		const orphan = claim('orphan', 'gone');
		expect(originOf([orphan], orphan)).toBe(orphan);
		const [a, b] = [claim('a', 'b'), claim('b', 'a')];
		expect(originOf([a, b], a)).toBe(a);
	});
});

describe('groupClaims', () => {
	it('puts copies and conversions under their origin, through a chain, in list order', () => {
		const claims = [
			claim('smele'),
			claim('wiki', 'smele'),
			claim('mirror', 'wiki', 'converts'),
			claim('felshtinsky'),
			claim('volkogonov')
		];
		expect(ids(groupClaims(claims, (c) => c))).toEqual([
			['smele', ['wiki<smele', 'mirror<wiki']],
			['felshtinsky', []],
			['volkogonov', []]
		]);
	});

	it('finds the origin even when a copy is listed before it', () => {
		const claims = [claim('wiki', 'smele'), claim('other'), claim('smele')];
		expect(ids(groupClaims(claims, (c) => c))).toEqual([
			['other', []],
			['smele', ['wiki<smele']]
		]);
	});

	it('keeps the items it is given (e.g. claim shares) and reads the claim through claimOf', () => {
		const shares = [claim('smele'), claim('wiki', 'smele')].map((c) => ({ claim: c, share: 0.3 }));
		const [group] = groupClaims(shares, (s) => s.claim);
		expect(group?.origin).toBe(shares[0]);
		expect(group?.derived[0]?.item).toBe(shares[1]);
	});

	it('lets a claim whose derivation cannot be followed stand on its own', () => {
		const claims = [claim('orphan', 'gone'), claim('a', 'b'), claim('b', 'a')];
		expect(ids(groupClaims(claims, (c) => c))).toEqual([
			['orphan', []],
			['a', []],
			['b', []]
		]);
	});
});

describe('independentClaims', () => {
	it('counts each figure once', () => {
		const claims = [claim('smele'), claim('wiki', 'smele'), claim('mirror', 'wiki'), claim('ru')];
		expect(independentClaims(claims, (c) => c).map((c) => c.id)).toEqual(['smele', 'ru']);
		expect(independentClaims([], (c) => c)).toEqual([]);
	});
});
