/** Schemas of the places (`places.geojson`) and the period rail network (`networks/`). */
import { z } from 'zod';
import {
	featureSchema,
	gradedFields,
	historicalDateSchema,
	lengthUnit,
	lineGeometry,
	noteSchema,
	placeId,
	pointGeometry,
	requireReasoning,
	sourceIds
} from './schema-base';

export const placePropertiesSchema = z
	.object({
		id: placeId,
		name: z.string().min(1),
		modernName: z.string().min(1),
		localName: z.string().min(1),
		names: z.array(
			z
				.object({
					name: z.string().min(1),
					lang: z.string().min(2),
					from: z.number().int().optional(),
					to: z.number().int().optional()
				})
				.strict()
		),
		kind: z.enum([
			'city',
			'town',
			'village',
			'station',
			'junction',
			'port',
			'residence',
			'pass',
			'island',
			'landmark'
		]),
		country: z.string().regex(/^[A-Z]{2}$/, 'country is an ISO 3166-1 alpha-2 code'),
		coordSource: z.string().min(1),
		coordCheck: z
			.object({
				status: z.enum(['source', 'verified', 'corrected', 'approximate']),
				note: z.string(),
				sources: z.array(z.string())
			})
			.strict()
			.optional(),
		sources: sourceIds,
		notes: z.array(noteSchema).optional()
	})
	.strict();

export const placeFeatureSchema = featureSchema(placeId, pointGeometry, placePropertiesSchema);
export type PlaceFeature = z.infer<typeof placeFeatureSchema>;
export type Place = PlaceFeature['properties'];

export const railSectionPropertiesSchema = z
	.object({
		id: z.string().min(1),
		name: z.string().min(1),
		localName: z.string().optional(),
		// A section has its two ends at least; a spur (`S-<section>-<place>`) joins one town point to its line.
		stations: z.array(placeId).min(1),
		opened: historicalDateSchema,
		closed: historicalDateSchema.optional(),
		publishedLength: z
			.object({ value: z.number().positive(), unit: lengthUnit, sources: sourceIds })
			.strict()
			.optional(),
		publishedLengthKm: z.number().positive().optional(),
		computedLengthKm: z.number().positive(),
		/**
		 * Set where a published length covers the section (its own, or a line check's `by`): every km
		 * drawn counts `factor` km in the distances (distance.ts). The line itself is never bent.
		 * `basis` "km-posts": the length is the distance between today's km posts on the section,
		 * not a length a source publishes.
		 */
		lengthScale: z
			.object({
				factor: z.number().positive(),
				by: z.string().min(1),
				basis: z.literal('km-posts').optional()
			})
			.strict()
			.optional(),
		...gradedFields
	})
	.strict()
	.superRefine(requireReasoning);

export const railSectionFeatureSchema = featureSchema(
	z.string().min(1),
	lineGeometry,
	railSectionPropertiesSchema
);
export type RailSectionFeature = z.infer<typeof railSectionFeatureSchema>;
