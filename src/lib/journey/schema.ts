/**
 * Schemas of everything in `geodata/` (see geodata/README.md for the prose version).
 * Types are inferred from these schemas so the validator and the types cannot drift apart.
 * Cross-file rules (source ids resolve, dates ordered, legs near their stops) live in `validate.ts`.
 */
import { z } from 'zod';

const isoDate = z
	.string()
	.regex(/^\d{4}-\d{2}-\d{2}$/, 'write dates as YYYY-MM-DD (Gregorian)')
	.refine((s) => isRealCalendarDate(s), 'not a real calendar date');

function isRealCalendarDate(s: string): boolean {
	const [y, m, d] = s.split('-').map(Number) as [number, number, number];
	if (m < 1 || m > 12 || d < 1) return false;
	const leap = (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
	const daysInMonth = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1] ?? 0;
	return d <= daysInMonth;
}

export const gradeSchema = z.enum(['documented', 'probable', 'reconstructed']);
export type Grade = z.infer<typeof gradeSchema>;

const sourceIds = z
	.array(z.string().min(1))
	.min(1, 'cite at least one source id from sources.json');

export const historicalDateSchema = z
	.object({
		date: isoDate,
		precision: z.enum(['day', 'month', 'approx']),
		earliest: isoDate.optional(),
		latest: isoDate.optional(),
		note: z.string().optional()
	})
	.strict()
	.refine((d) => !d.earliest || d.earliest <= d.date, {
		message: 'earliest must not be after date',
		path: ['earliest']
	})
	.refine((d) => !d.latest || d.latest >= d.date, {
		message: 'latest must not be before date',
		path: ['latest']
	});
export type HistoricalDate = z.infer<typeof historicalDateSchema>;

export const noteSchema = z
	.object({
		kind: z.enum(['disagreement', 'seed', 'caution']),
		text: z.string().min(1),
		sources: sourceIds
	})
	.strict();
export type Note = z.infer<typeof noteSchema>;

/** A reconstructed item must say why; this is the rule that makes "reconstructed" honest. */
function requireReasoning(
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

const lng = z.number().min(-180).max(180);
const lat = z.number().min(-90).max(90);
export const lngLatSchema = z.tuple([lng, lat]);
export type LngLat = z.infer<typeof lngLatSchema>;

const pointGeometry = z.object({ type: z.literal('Point'), coordinates: lngLatSchema }).strict();
const lineGeometry = z
	.object({
		type: z.literal('LineString'),
		coordinates: z.array(lngLatSchema).min(2, 'a LineString needs at least two positions')
	})
	.strict();

const placeId = z.string().regex(/^[a-z0-9][a-z0-9_]*$/, 'place ids are snake_case slugs');

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

export const placeFeatureSchema = z
	.object({
		type: z.literal('Feature'),
		id: placeId,
		geometry: pointGeometry,
		properties: placePropertiesSchema
	})
	.strict()
	.refine((f) => f.id === f.properties.id, {
		message: 'feature.id must equal properties.id',
		path: ['id']
	});
export type PlaceFeature = z.infer<typeof placeFeatureSchema>;
export type Place = PlaceFeature['properties'];

const lengthUnit = z.enum(['km', 'mi', 'verst']);
export type LengthUnit = z.infer<typeof lengthUnit>;

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
		/** Set when the build lengthened the drawn line with schematic bends to its published length. */
		calibration: z
			.object({ drawnKm: z.number().positive(), addedPercent: z.number().positive() })
			.strict()
			.optional(),
		grade: gradeSchema,
		reasoning: z.string().optional(),
		sources: sourceIds,
		notes: z.array(noteSchema).optional()
	})
	.strict()
	.superRefine(requireReasoning);

export const railSectionFeatureSchema = z
	.object({
		type: z.literal('Feature'),
		id: z.string().min(1),
		geometry: lineGeometry,
		properties: railSectionPropertiesSchema
	})
	.strict();
export type RailSectionFeature = z.infer<typeof railSectionFeatureSchema>;

const stopId = z
	.string()
	.regex(/^\d{4}-\d{2}-\d{2}-[a-z0-9_]+(-\d+)?$/, 'stop ids are YYYY-MM-DD-<place id>[-n]');

export const stopPropertiesSchema = z
	.object({
		id: stopId,
		place: placeId,
		trip: z.number().int().positive(),
		arrive: historicalDateSchema.optional(),
		depart: historicalDateSchema.optional(),
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
		if (s.arrive && s.depart && s.depart.date < s.arrive.date) {
			ctx.addIssue({ code: 'custom', path: ['depart'], message: 'depart is before arrive' });
		}
	});

export const stopFeatureSchema = z
	.object({
		type: z.literal('Feature'),
		id: stopId,
		geometry: pointGeometry,
		properties: stopPropertiesSchema
	})
	.strict()
	.refine((f) => f.id === f.properties.id, {
		message: 'feature.id must equal properties.id',
		path: ['id']
	});
export type StopFeature = z.infer<typeof stopFeatureSchema>;
export type Stop = StopFeature['properties'];

export const modeSchema = z.enum(['rail', 'road', 'car', 'sledge', 'sea', 'river', 'foot']);
export type Mode = z.infer<typeof modeSchema>;

export const legPropertiesSchema = z
	.object({
		id: z.string().min(1),
		trip: z.number().int().positive(),
		from: stopId,
		to: stopId,
		mode: modeSchema,
		shape: z.enum(['routed', 'traced', 'great-circle', 'straight']),
		network: z.array(z.string()).optional(),
		via: z.array(placeId).optional(),
		grade: gradeSchema,
		reasoning: z.string().optional(),
		sources: sourceIds,
		notes: z.array(noteSchema).optional()
	})
	.strict()
	.superRefine(requireReasoning);

export const legFeatureSchema = z
	.object({
		type: z.literal('Feature'),
		id: z.string().min(1),
		geometry: lineGeometry,
		properties: legPropertiesSchema
	})
	.strict()
	.refine((f) => f.id === f.properties.id, {
		message: 'feature.id must equal properties.id',
		path: ['id']
	});
export type LegFeature = z.infer<typeof legFeatureSchema>;
export type Leg = LegFeature['properties'];

export function featureCollectionSchema<T extends z.ZodType>(feature: T) {
	return z
		.object({
			type: z.literal('FeatureCollection'),
			name: z.string().optional(),
			features: z.array(feature)
		})
		.strict();
}

const tripSchema = z
	.object({
		number: z.number().int().positive(),
		label: z.string().min(1),
		title: z.string().min(1),
		front: z.string().optional(),
		start: historicalDateSchema,
		end: historicalDateSchema,
		grade: gradeSchema,
		reasoning: z.string().optional(),
		sources: sourceIds,
		notes: z.array(noteSchema).optional()
	})
	.strict()
	.superRefine(requireReasoning);
export type Trip = z.infer<typeof tripSchema>;

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
		sources: sourceIds,
		notes: z.array(noteSchema).optional()
	})
	.strict();
export type Claim = z.infer<typeof claimSchema>;

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
						sources: z.array(z.string())
					})
					.strict()
			)
			.optional(),
		notes: z.array(noteSchema).optional()
	})
	.strict();
export type JourneyMeta = z.infer<typeof journeyMetaSchema>;
