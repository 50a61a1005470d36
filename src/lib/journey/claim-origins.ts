/**
 * Which published claims are independent figures and which copy or convert another (`derivesFrom`
 * in journey.json): a copied figure is grouped under its origin and counted once, wherever claims
 * are counted or compared. Pure; generic over what carries the claim (a Claim, a ClaimShare).
 */
import type { Claim } from './schema';

type Derivable = Pick<Claim, 'id' | 'derivesFrom'>;

/** Why a claim's derivation cannot be followed: it names no known claim, or it comes back to itself. */
export type DerivationProblem = { kind: 'missing'; id: string } | { kind: 'cycle'; ids: string[] };

/**
 * The claims a claim comes from, nearest first, its origin last ([] for an independent claim), or
 * the problem that stops the chain.
 */
export function derivationChain<C extends Derivable>(
	claims: readonly C[],
	claim: C
): { chain: C[] } | { problem: DerivationProblem } {
	const byId = new Map(claims.map((c) => [c.id, c]));
	const chain: C[] = [];
	let current = claim;
	while (current.derivesFrom) {
		const id = current.derivesFrom.claim;
		const next = byId.get(id);
		if (!next) return { problem: { kind: 'missing', id } };
		if (next.id === claim.id || chain.includes(next))
			return { problem: { kind: 'cycle', ids: [claim.id, ...chain.map((c) => c.id), id] } };
		chain.push(next);
		current = next;
	}
	return { chain };
}

/**
 * The claim a claim's chain of copies ends at; the claim itself when it is independent, or when its
 * chain names a missing claim or goes round (the cross-checks reject both in geodata/).
 */
export function originOf<C extends Derivable>(claims: readonly C[], claim: C): C {
	const seen = new Set<C>([claim]);
	let current = claim;
	while (current.derivesFrom) {
		const id = current.derivesFrom.claim;
		const next = claims.find((c) => c.id === id);
		if (!next || seen.has(next)) return claim;
		seen.add(next);
		current = next;
	}
	return current;
}

export interface DerivedItem<T> {
	item: T;
	/** What it was copied or converted from directly (the origin, or another copy of it). */
	from: T;
}

export interface ClaimGroup<T> {
	/** An independent figure. */
	origin: T;
	/** The claims that repeat or convert it, directly or through another, in list order. */
	derived: DerivedItem<T>[];
}

/**
 * The claims grouped under their origins, in the order the origins are listed. A claim whose
 * derivation cannot be followed (the cross-checks reject it in geodata/) stands as its own origin.
 * @example groupClaims([smele, enwiki], (c) => c) // [{ origin: smele, derived: [{ item: enwiki, from: smele }] }]
 */
export function groupClaims<T>(
	items: readonly T[],
	claimOf: (item: T) => Derivable
): ClaimGroup<T>[] {
	const claims = items.map(claimOf);
	const itemOf = new Map(claims.map((c, i) => [c, items[i] as T]));
	const groups = new Map<Derivable, ClaimGroup<T>>();
	// Origins first, so a copy listed before its origin still lands in the origin's group.
	for (const c of claims) {
		if (originOf(claims, c) === c) groups.set(c, { origin: itemOf.get(c) as T, derived: [] });
	}
	for (const c of claims) {
		const origin = originOf(claims, c);
		if (origin === c) continue;
		const from = claims.find((d) => d.id === c.derivesFrom?.claim) ?? origin;
		groups.get(origin)?.derived.push({ item: itemOf.get(c) as T, from: itemOf.get(from) as T });
	}
	return [...groups.values()];
}

/** The independent figures among the claims (each origin once, copies left out). */
export function independentClaims<T>(items: readonly T[], claimOf: (item: T) => Derivable): T[] {
	return groupClaims(items, claimOf).map((g) => g.origin);
}
