// How the Distances panel and the CLI speak of claims: the figure as a label ("at least 75,000 mi"),
// how a copy came from its origin ("Converted to km by") and how many independent figures there are.
import type { Claim, DerivationKind } from '$lib/journey/schema';
import type { ClaimGroup } from '$lib/journey/claim-origins';
import { UNIT_LABEL } from '$lib/journey/distance-units';
import { formatNumber } from './numbers';

/** `at least 75,000 mi`: the figure with the units' labels, beside figures in the reader's unit. */
export function claimLabel(c: Pick<Claim, 'qualifier' | 'value' | 'unit'>): string {
	return `${c.qualifier} ${formatNumber(c.value, 3)} ${UNIT_LABEL[c.unit]}`;
}

const UNIT_WORD = { mi: 'miles', km: 'km', verst: 'versts' } as const;

/** `at least 75,000 miles`: the figure in words, as a sentence quotes it. */
export function claimInWords(c: Pick<Claim, 'qualifier' | 'value' | 'unit'>): string {
	return `${c.qualifier} ${formatNumber(c.value, 3)} ${UNIT_WORD[c.unit]}`;
}

/** How a copy came from its origin, before the name of who made it: `Converted to km by`. */
export function derivationHead(how: DerivationKind, unit: Claim['unit']): string {
	return how === 'repeats' ? 'Repeated by' : `Converted to ${UNIT_WORD[unit]} by`;
}

/**
 * The claims counted once each: `4 independent figures (6 published; 2 repeat or convert
 * another)`, or `2 published figures` when none copies another.
 */
export function independentCountWords(groups: readonly ClaimGroup<unknown>[]): string {
	const copies = groups.reduce((n, g) => n + g.derived.length, 0);
	const noun = groups.length === 1 ? 'figure' : 'figures';
	if (copies === 0) return `${groups.length} published ${noun}`;
	const verb = copies === 1 ? 'repeats or converts' : 'repeat or convert';
	return `${groups.length} independent ${noun} (${groups.length + copies} published; ${copies} ${verb} another)`;
}
