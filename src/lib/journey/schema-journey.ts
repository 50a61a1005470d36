/** Schemas of a journey (`journeys/<id>/`): its stops, its legs and its meta (trips, claims). */
import { z } from 'zod';
import { compareIsoDates } from './days';
import {
	featureSchema,
	gradeSchema,
	gradedFields,
	historicalDateSchema,
	lat,
	lineGeometry,
	lng,
	noteSchema,
	placeId,
	pointGeometry,
	requireReasoning,
	sourceIds
} from './schema-base';
import { claimSchema } from './schema-claims';

/** A plain YYYY-MM-DD date, the string inside every structured date. */
const isoDateSchema = historicalDateSchema.shape.date;

const stopId = z
	.string()
	.regex(/^-?\d{4}-\d{2}-\d{2}-[a-z0-9_]+(-\d+)?$/, 'stop ids are YYYY-MM-DD-<place id>[-n]');

export const stopPropertiesSchema = z
	.object({
		id: stopId,
		place: placeId,
		trip: z.number().int().positive(),
		arrive: historicalDateSchema.optional(),
		depart: historicalDateSchema.optional(),
		/** `depart.date`/`arrive.date` again as plain columns, for GDAL/QGIS (the build copies them). */
		arriveDate: isoDateSchema.optional(),
		departDate: isoDateSchema.optional(),
		summary: z.string().min(1),
		grade: gradeSchema,
		reasoning: z.string().optional(),
		sources: sourceIds,
		notes: z.array(noteSchema).optional(),
		passThrough: z.boolean().optional()
	})
	.strict()
	.superRefine(requireReasoning)
	.superRefine((s, ctx) => {
		if (!s.arrive && !s.depart && s.grade !== 'reconstructed' && !s.reasoning?.trim()) {
			ctx.addIssue({
				code: 'custom',
				path: ['arrive'],
				message:
					'a stop with neither arrive nor depart must be graded reconstructed or explain itself in "reasoning"'
			});
		}
		for (const [flat, date] of [
			['arriveDate', s.arrive],
			['departDate', s.depart]
		] as const) {
			if (s[flat] !== undefined && s[flat] !== date?.date)
				ctx.addIssue({ code: 'custom', path: [flat], message: `${flat} differs from its date` });
		}
		if (s.arrive && s.depart && compareIsoDates(s.depart.date, s.arrive.date) < 0) {
			ctx.addIssue({ code: 'custom', path: ['depart'], message: 'depart is before arrive' });
		}
	});

export const stopFeatureSchema = featureSchema(stopId, pointGeometry, stopPropertiesSchema);
export type StopFeature = z.infer<typeof stopFeatureSchema>;
export type Stop = StopFeature['properties'];

export const modeSchema = z.enum(['rail', 'road', 'car', 'sledge', 'sea', 'river', 'foot']);
export type Mode = z.infer<typeof modeSchema>;

export const legExplains = z.enum(['speed', 'detour']);
export type LegExplains = z.infer<typeof legExplains>;

export const legPropertiesSchema = z
	.object({
		id: z.string().min(1),
		trip: z.number().int().positive(),
		from: stopId,
		to: stopId,
		mode: modeSchema,
		/** The dates of the stops the leg joins, as plain columns for GDAL/QGIS (set by the build). */
		startDate: isoDateSchema.optional(),
		endDate: isoDateSchema.optional(),
		shape: z.enum(['routed', 'traced', 'great-circle', 'straight']),
		network: z.array(z.string()).optional(),
		/**
		 * The length every total counts, km (set by the build): along the line, with the published
		 * length of each network section it runs on applied to that part (distance-scale.ts). It rides
		 * with the leg so the first view's headline counts what the Distances panel counts without the
		 * network. Absent on a reader's own legs, which count as drawn.
		 */
		lengthKm: z.number().nonnegative().optional(),
		via: z.array(placeId).optional(),
		/**
		 * What the leg's reasoning explains that the plausibility rules would otherwise reject: an
		 * implied speed over the mode's limit, a detour over 3× the great circle (plausibility.ts).
		 */
		explains: z.array(legExplains).min(1).optional(),
		...gradedFields
	})
	.strict()
	.superRefine(requireReasoning)
	.refine((l) => !l.explains || Boolean(l.reasoning?.trim()), {
		message: 'a leg that "explains" a speed or a detour needs its "reasoning"',
		path: ['reasoning']
	});

export const legFeatureSchema = featureSchema(z.string().min(1), lineGeometry, legPropertiesSchema);
export type LegFeature = z.infer<typeof legFeatureSchema>;
export type Leg = LegFeature['properties'];

const tripSchema = z
	.object({
		number: z.number().int().positive(),
		label: z.string().min(1),
		title: z.string().min(1),
		front: z.string().optional(),
		start: historicalDateSchema,
		end: historicalDateSchema,
		...gradedFields
	})
	.strict()
	.superRefine(requireReasoning);
export type Trip = z.infer<typeof tripSchema>;

export const journeyMetaSchema = z
	.object({
		id: z.string().regex(/^[a-z0-9-]+$/, 'journey ids are kebab-case'),
		title: z.string().min(1),
		subtitle: z.string().optional(),
		summary: z.string().min(1),
		period: z.object({ start: historicalDateSchema, end: historicalDateSchema }).strict(),
		region: z
			.object({ bbox: z.tuple([lng, lat, lng, lat]) })
			.strict()
			.refine(({ bbox: [w, s, e, n] }) => w < e && s < n, {
				message: 'bbox is [minLng, minLat, maxLng, maxLat]'
			}),
		base: placeId.optional(),
		trips: z.array(tripSchema),
		tripCount: z
			.object({
				value: z.number().int().positive(),
				wording: z.array(z.object({ text: z.string(), sources: sourceIds }).strict()).min(1)
			})
			.strict()
			.optional(),
		claims: z.array(claimSchema),
		facts: z
			.array(
				z
					.object({
						id: z.string().min(1),
						topic: z.string().min(1),
						text: z.string().min(1),
						grade: gradeSchema,
						sources: sourceIds,
						notes: z.array(noteSchema).optional()
					})
					.strict()
			)
			.optional(),
		unplaced: z
			.array(
				z
					.object({
						id: z.string().min(1),
						window: z.object({ start: historicalDateSchema, end: historicalDateSchema }).strict(),
						why: z.string().min(1),
						guess: z.string().optional(),
						/** Where the trip went when only the region is known (no town to draw). */
						region: z.string().optional(),
						sources: z.array(z.string())
					})
					.strict()
			)
			.optional(),
		notes: z.array(noteSchema).optional()
	})
	.strict();
export type JourneyMeta = z.infer<typeof journeyMetaSchema>;
