/**
 * Schemas of a published distance claim (`journey.json` "claims"): the figure in its own words, what
 * it covers, and, when it is not an independent figure, which claim it copies or converts. Rules that
 * need the other claims (the origin exists, no cycle, a copy has its origin's figure) are in
 * `cross-check-claims.ts`.
 */
import { z } from 'zod';
import { compareIsoDates } from './days';
import { isoDate, lengthUnit, noteSchema, sourceIds } from './schema-base';

/**
 * What a claim is measured over, as data: `journey` claims are about the whole service (shares and
 * estimates count only the placed trips that lie wholly inside `from`–`to`, each bound optional);
 * `part` claims are about one stretch (`legs`, when it is drawn) and get no share.
 */
export const claimCoverageSchema = z
	.object({
		scope: z.enum(['journey', 'part']),
		from: isoDate.optional(),
		to: isoDate.optional(),
		legs: z.array(z.string().min(1)).min(1).optional()
	})
	.strict()
	.refine((c) => !(c.from && c.to) || compareIsoDates(c.from, c.to) <= 0, {
		message: 'coverage from is after to'
	})
	.refine((c) => c.scope === 'part' || !c.legs, { message: 'only a part claim names legs' });
export type ClaimCoverage = z.infer<typeof claimCoverageSchema>;

/** How a claim that is not independent came from another: the same figure, or the figure converted. */
export const derivationKind = z.enum(['repeats', 'converts']);
export type DerivationKind = z.infer<typeof derivationKind>;

/**
 * A claim that copies another (a reference work repeating a dictionary, a mirror's unit conversion)
 * names it, so the app groups the two and counts the figure once. Only where the research shows it.
 */
export const claimDerivationSchema = z
	.object({
		/** The id of the claim this one comes from, in the same journey. */
		claim: z.string().min(1),
		how: derivationKind,
		/** What shows the dependence (the research's finding, in a sentence). */
		reasoning: z.string().min(1)
	})
	.strict();
export type ClaimDerivation = z.infer<typeof claimDerivationSchema>;

export const claimSchema = z
	.object({
		id: z.string().min(1),
		value: z.number().positive(),
		unit: lengthUnit,
		qualifier: z.enum(['at least', 'about', 'over', 'exactly']),
		wording: z.string().min(1),
		language: z.string().min(2),
		translation: z.string().optional(),
		covers: z.string().min(1),
		// Optional to the type only so older callers still build; every claim in geodata/ must state it
		// (cross-check-claims).
		coverage: claimCoverageSchema.optional(),
		derivesFrom: claimDerivationSchema.optional(),
		sources: sourceIds,
		notes: z.array(noteSchema).optional()
	})
	.strict()
	.refine((c) => c.derivesFrom?.claim !== c.id, {
		message: 'a claim cannot derive from itself',
		path: ['derivesFrom', 'claim']
	});
export type Claim = z.infer<typeof claimSchema>;
