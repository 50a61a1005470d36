/**
 * The one way geodata enters the app: `parseGeodata(files)` takes the raw text of every file under
 * `geodata/` (keyed by its path relative to the repo, e.g. `geodata/places.geojson`), checks the shape
 * of each file with the zod schemas and then the rules that span files (see `cross-checks.ts`).
 * Problems come back as values, each naming the file, the feature and what to fix; nothing throws.
 * Pure: the callers (build-time loader, CLI, tests) do the reading.
 */
import type { z } from 'zod';
import {
	featureCollectionSchema,
	journeyMetaSchema,
	legFeatureSchema,
	placeFeatureSchema,
	railSectionFeatureSchema,
	controlFeatureSchema,
	sourcesFileSchema,
	stopFeatureSchema
} from './schema';
import { crossCheckGeodata } from './cross-checks';
import type { Geodata, GeodataIssue, GeodataResult, Journey } from './types';

export const GEODATA_FILES = {
	sources: 'geodata/sources.json',
	places: 'geodata/places.geojson',
	network: 'geodata/networks/rail-1918.geojson',
	control: 'geodata/control/control.geojson'
} as const;

const journeyFile = /^geodata\/journeys\/([^/]+)\/(journey\.json|stops\.geojson|legs\.geojson)$/;

export function parseGeodata(files: Record<string, string>): GeodataResult {
	const issues: GeodataIssue[] = [];
	const known = new Set<string>(Object.values(GEODATA_FILES));
	for (const file of Object.keys(files)) {
		if (!known.has(file) && !journeyFile.test(file) && !file.endsWith('README.md')) {
			issues.push({
				file,
				message:
					'unexpected file in geodata/: journeys go in geodata/journeys/<id>/{journey.json,stops.geojson,legs.geojson}'
			});
		}
	}

	const sources = parseFile(files, GEODATA_FILES.sources, sourcesFileSchema, issues, (e) => e.id);
	const places = parseCollection(files, GEODATA_FILES.places, placeFeatureSchema, issues);
	const network = parseCollection(files, GEODATA_FILES.network, railSectionFeatureSchema, issues);
	// Optional: a data set without control timelines (a reader's own, the fixtures) still loads.
	const control =
		files[GEODATA_FILES.control] === undefined
			? []
			: parseCollection(files, GEODATA_FILES.control, controlFeatureSchema, issues);

	const journeyIds = [
		...new Set(Object.keys(files).flatMap((f) => journeyFile.exec(f)?.[1] ?? []))
	].sort();
	const journeys: Journey[] = [];
	for (const id of journeyIds) {
		const dir = `geodata/journeys/${id}`;
		const meta = parseFile(files, `${dir}/journey.json`, journeyMetaSchema, issues);
		const stops = parseCollection(files, `${dir}/stops.geojson`, stopFeatureSchema, issues);
		const legs = parseCollection(files, `${dir}/legs.geojson`, legFeatureSchema, issues);
		if (meta && stops && legs) {
			if (meta.id !== id) {
				issues.push({
					file: `${dir}/journey.json`,
					path: 'id',
					message: `journey id "${meta.id}" must equal its folder name "${id}"`
				});
			}
			journeys.push({ meta, stops, legs });
		}
	}
	if (journeyIds.length === 0) {
		issues.push({
			file: 'geodata/journeys',
			message: 'no journeys found: add geodata/journeys/<id>/'
		});
	}

	if (issues.length > 0 || !sources || !places || !network || !control)
		return { ok: false, issues };
	const data: Geodata = { sources, places, network, journeys, control };
	const crossIssues = crossCheckGeodata(data);
	return crossIssues.length > 0 ? { ok: false, issues: crossIssues } : { ok: true, data };
}

/** One line per issue, ready for a terminal or an error page. */
export function formatGeodataIssue(issue: GeodataIssue): string {
	const where = [issue.file, issue.feature && `feature "${issue.feature}"`, issue.path]
		.filter(Boolean)
		.join(' › ');
	return `${where}: ${issue.message}`;
}

function readJson(files: Record<string, string>, file: string, issues: GeodataIssue[]): unknown {
	const text = files[file];
	if (text === undefined) {
		issues.push({ file, message: 'file is missing: create it (see geodata/README.md)' });
		return undefined;
	}
	try {
		return JSON.parse(text);
	} catch (error) {
		issues.push({
			file,
			message: `not valid JSON (${(error as Error).message}); fix the syntax`
		});
		return undefined;
	}
}

function parseFile<T extends z.ZodType>(
	files: Record<string, string>,
	file: string,
	schema: T,
	issues: GeodataIssue[],
	entryId?: (entry: z.infer<T> extends (infer E)[] ? E : never) => string
): z.infer<T> | undefined {
	const raw = readJson(files, file, issues);
	if (raw === undefined) return undefined;
	const result = schema.safeParse(raw);
	if (result.success) return result.data;
	for (const zi of result.error.issues) {
		const [first, ...rest] = zi.path;
		// For arrays of entries, name the entry by its id so the message points at something findable.
		const entry = typeof first === 'number' && Array.isArray(raw) ? raw[first] : undefined;
		const id =
			entry && typeof entry === 'object' && 'id' in entry && entryId ? String(entry.id) : undefined;
		issues.push({
			file,
			feature: id ?? (typeof first === 'number' ? `#${first}` : undefined),
			path: (typeof first === 'number' ? rest : zi.path).join('.') || undefined,
			message: zi.message
		});
	}
	return undefined;
}

function parseCollection<T extends z.ZodType>(
	files: Record<string, string>,
	file: string,
	feature: T,
	issues: GeodataIssue[]
): z.infer<T>[] | undefined {
	const raw = readJson(files, file, issues);
	if (raw === undefined) return undefined;
	const result = featureCollectionSchema(feature).safeParse(raw);
	if (result.success) return result.data.features as z.infer<T>[];
	const rawFeatures = (raw as { features?: unknown[] }).features;
	for (const zi of result.error.issues) {
		const [key, index, ...rest] = zi.path;
		if (key === 'features' && typeof index === 'number') {
			const f = rawFeatures?.[index] as { id?: unknown; properties?: { id?: unknown } } | undefined;
			const id = f?.id ?? f?.properties?.id;
			issues.push({
				file,
				feature: id !== undefined ? String(id) : `#${index}`,
				path: rest.join('.') || undefined,
				message: zi.message
			});
		} else {
			issues.push({ file, path: zi.path.join('.') || undefined, message: zi.message });
		}
	}
	return undefined;
}
