/**
 * Schema of who held what, when (`geodata/control/control.geojson`): one Point feature per place, its
 * timeline of holders from August 1918 to the end of 1921. Each change carries the date it happened
 * (with its precision and window), the holder and, for the Whites and others, the army in detail, its
 * grade and sources. Where sources disagree, the change keeps a `disagreement` note. Rules spanning
 * files (places exist, sources resolve, changes ordered) live in `cross-check-control.ts`.
 */
import { z } from 'zod';
import {
	featureSchema,
	gradedFields,
	isoDateSchema,
	orderedWindow,
	placeId,
	pointGeometry,
	requireReasoning
} from './schema-base';

/** The period the dataset covers; outside it the holder is `unknown`. */
export { CONTROL_END, CONTROL_START } from './control-period';

export const HOLDERS = [
	'red',
	'white',
	'ukrainian',
	'polish',
	'central-powers',
	'allied',
	'green',
	'other',
	'unknown'
] as const;
export const holderSchema = z.enum(HOLDERS);
export type Holder = z.infer<typeof holderSchema>;

/**
 * When a change happened. `before` means the holder already held the place on `date` (the start of
 * the period) and the change itself lies earlier, outside the dataset; `day`, `month`, `approx` as in
 * every other date of the geodata, with an optional window `earliest`–`latest`.
 */
export const controlDateSchema = orderedWindow(
	z
		.object({
			date: isoDateSchema,
			precision: z.enum(['day', 'month', 'approx', 'before']),
			earliest: isoDateSchema.optional(),
			latest: isoDateSchema.optional()
		})
		.strict()
);
export type ControlDate = z.infer<typeof controlDateSchema>;

export const controlChangeSchema = z
	.object({
		since: controlDateSchema,
		holder: holderSchema,
		/** The army or authority in detail: "Komuch and Czechoslovak Legion", "AFSR (Volunteer Army)". */
		army: z.string().min(1).optional(),
		...gradedFields
	})
	.strict()
	.superRefine(requireReasoning);
export type ControlChange = z.infer<typeof controlChangeSchema>;

export const controlPlacePropertiesSchema = z
	.object({
		id: placeId,
		name: z.string().min(1),
		/** Set only for a place that is not in places.geojson (geodata/src/control/places.csv). */
		extraPlace: z
			.object({ modernName: z.string().min(1), coordSource: z.string().min(1) })
			.strict()
			.optional(),
		changes: z.array(controlChangeSchema).min(1, 'a controlled place needs at least one change')
	})
	.strict();
export type ControlPlaceProperties = z.infer<typeof controlPlacePropertiesSchema>;

export const controlFeatureSchema = featureSchema(
	placeId,
	pointGeometry,
	controlPlacePropertiesSchema
);
export type ControlFeature = z.infer<typeof controlFeatureSchema>;
