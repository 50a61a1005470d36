/**
 * The building blocks of the geodata schemas: dates with their precision, grades, notes, sources,
 * coordinates and geometries, and the Feature wrapper every kind of feature shares.
 */
import { z } from 'zod';
import { compareIsoDates, isRealIsoDate } from './days';

/**
 * A date as ISO 8601 writes it, with astronomical years: `1918-09-17`, `-0335-07-20` (336 BC; year 0
 * is 1 BC). The calendar is the proleptic Gregorian one (days.ts).
 */
export const isoDate = z
	.string()
	.regex(
		/^-?\d{4}-\d{2}-\d{2}$/,
		'write dates as YYYY-MM-DD (Gregorian; -YYYY-MM-DD before year 0)'
	)
	.refine((s) => isRealIsoDate(s), 'not a real calendar date');

/** A Gregorian calendar date, YYYY-MM-DD (or -YYYY-MM-DD). */
export const isoDateSchema = isoDate;

export const gradeSchema = z.enum(['documented', 'probable', 'reconstructed']);
export type Grade = z.infer<typeof gradeSchema>;

export const sourceIds = z
	.array(z.string().min(1))
	.min(1, 'cite at least one source id from sources.json');

/** The rule of every dated window: earliest ≤ date ≤ latest, in time (not as text: BC years). */
export function orderedWindow<
	T extends z.ZodType<{ date: string; earliest?: string; latest?: string }>
>(schema: T) {
	return schema
		.refine((d) => !d.earliest || compareIsoDates(d.earliest, d.date) <= 0, {
			message: 'earliest must not be after date',
			path: ['earliest']
		})
		.refine((d) => !d.latest || compareIsoDates(d.latest, d.date) >= 0, {
			message: 'latest must not be before date',
			path: ['latest']
		});
}

export const historicalDateSchema = orderedWindow(
	z
		.object({
			date: isoDate,
			precision: z.enum(['day', 'month', 'approx']),
			earliest: isoDate.optional(),
			latest: isoDate.optional(),
			note: z.string().optional()
		})
		.strict()
);
export type HistoricalDate = z.infer<typeof historicalDateSchema>;

export const noteSchema = z
	.object({
		kind: z.enum(['disagreement', 'seed', 'caution']),
		text: z.string().min(1),
		sources: sourceIds
	})
	.strict();
export type Note = z.infer<typeof noteSchema>;

/**
 * What every graded item carries (a section, a stop, a leg, a trip): its grade, the reasoning for an
 * inference, its sources and notes. Spread into each object schema.
 */
export const gradedFields = {
	grade: gradeSchema,
	reasoning: z.string().optional(),
	sources: sourceIds,
	notes: z.array(noteSchema).optional()
};

/** A reconstructed item must say why; this is the rule that makes "reconstructed" honest. */
export function requireReasoning(
	value: { grade: Grade; reasoning?: string | undefined },
	ctx: z.RefinementCtx
): void {
	if (value.grade === 'reconstructed' && !value.reasoning?.trim()) {
		ctx.addIssue({
			code: 'custom',
			path: ['reasoning'],
			message: 'a reconstructed item needs a "reasoning" string saying how it was inferred'
		});
	}
}

const httpUrl = z
	.string()
	.refine((u) => /^https?:\/\//.test(u), 'only http(s) URLs may be cited as links');

export const sourceSchema = z
	.object({
		id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'source ids are kebab-case (a-z, 0-9, -)'),
		author: z.string(),
		title: z.string().min(1),
		year: z.number().int().nullable(),
		volume: z.string().optional(),
		chapter: z.string().optional(),
		pages: z.string().optional(),
		url: httpUrl.optional(),
		language: z.string().min(2),
		kind: z.enum(['book', 'article', 'web', 'newspaper', 'archive', 'dataset']),
		note: z.string().optional()
	})
	.strict();
export type Source = z.infer<typeof sourceSchema>;
export const sourcesFileSchema = z.array(sourceSchema);

export const lng = z.number().min(-180).max(180);
export const lat = z.number().min(-90).max(90);
export const lngLatSchema = z.tuple([lng, lat]);
export type LngLat = z.infer<typeof lngLatSchema>;

export const pointGeometry = z
	.object({ type: z.literal('Point'), coordinates: lngLatSchema })
	.strict();
export const lineGeometry = z
	.object({
		type: z.literal('LineString'),
		coordinates: z.array(lngLatSchema).min(2, 'a LineString needs at least two positions')
	})
	.strict();

export const placeId = z.string().regex(/^[a-z0-9][a-z0-9_]*$/, 'place ids are snake_case slugs');

export const lengthUnit = z.enum(['km', 'mi', 'verst']);
export type LengthUnit = z.infer<typeof lengthUnit>;

/**
 * A GeoJSON Feature of one kind: its `id` repeats `properties.id`, so a feature can be found by
 * either (GeoJSON tools read the first, our properties tables the second).
 */
export function featureSchema<
	Id extends z.ZodType<string>,
	G extends z.ZodType,
	P extends z.ZodType<{ id: string }>
>(id: Id, geometry: G, properties: P) {
	return (
		z
			.object({ type: z.literal('Feature'), id, geometry, properties })
			.strict()
			// Typed loosely inside: zod cannot see through the generic shape, the fields are there.
			.refine(
				(f) => (f as { id: string }).id === (f as { properties: { id: string } }).properties.id,
				{
					message: 'feature.id must equal properties.id',
					path: ['id']
				}
			)
	);
}

export function featureCollectionSchema<T extends z.ZodType>(feature: T) {
	return z
		.object({
			type: z.literal('FeatureCollection'),
			name: z.string().optional(),
			features: z.array(feature)
		})
		.strict();
}
