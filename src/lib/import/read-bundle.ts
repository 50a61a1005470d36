/**
 * The validator at the boundary: checks an Echelon journey file (parsed JSON of any shape) with the
 * same zod schemas and cross-file rules as `geodata/`, and returns the journey or the problems. A bad
 * stop or leg is skippable (its dependent legs go with it); a bad journey header, place or source, or a
 * broken rule across the journey, is not. Never throws.
 */
import {
	journeyMetaSchema,
	placeFeatureSchema,
	sourceSchema,
	stopFeatureSchema,
	type LegFeature,
	type StopFeature
} from '$lib/journey/schema';
import { BUNDLE_FORMAT, BUNDLE_VERSION, type JourneyBundle } from './bundle';
import { checkBundle } from './check-bundle';
import { parseLegFeature } from './parse-leg';
import { quote, type ImportIssue } from './issues';
import { listOf, zodIssues } from './zod-issues';

export interface BundleRead {
	bundle?: JourneyBundle;
	issues: ImportIssue[];
}

/** Reads and checks an Echelon journey file: the journey without its skippable features, or why not. */
export function readBundle(raw: unknown, file: string): BundleRead {
	const issues: ImportIssue[] = [];
	const fatal = (message: string, where?: string, field?: string) =>
		issues.push({ file, message, ...(where && { where }), ...(field && { field }) });
	if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
		fatal('the file is not a GeoJSON FeatureCollection object');
		return { issues };
	}
	const root = raw as Record<string, unknown>;
	const echelon = root.echelon as Record<string, unknown> | undefined;
	if (root.type !== 'FeatureCollection')
		fatal('"type" must be "FeatureCollection"', undefined, 'type');
	if (typeof echelon !== 'object' || echelon === null || echelon.format !== BUNDLE_FORMAT) {
		fatal(
			`the "echelon" member must say "format": "${BUNDLE_FORMAT}"`,
			undefined,
			'echelon.format'
		);
		return { issues };
	}
	if (echelon.version !== BUNDLE_VERSION) {
		fatal(
			`this file is version ${quote(echelon.version)}; this Echelon reads version ${BUNDLE_VERSION}: export it again from the Echelon that made it`,
			undefined,
			'echelon.version'
		);
		return { issues };
	}

	const meta = journeyMetaSchema.safeParse(echelon.meta);
	if (!meta.success) zodIssues(meta.error, file, 'the journey header', 'echelon.meta', issues);
	const sources = listOf(echelon.sources, sourceSchema, file, 'source', 'echelon.sources', issues);
	const places = listOf(
		echelon.places,
		placeFeatureSchema,
		file,
		'place',
		'echelon.places',
		issues
	);

	const stops: StopFeature[] = [];
	const legs: LegFeature[] = [];
	const features = root.features;
	if (!Array.isArray(features)) {
		fatal(
			'"features" must be an array of the stops (Points) and legs (LineStrings)',
			undefined,
			'features'
		);
		return { issues };
	}
	const skipped = new Set<string>();
	features.forEach((f: unknown, i) => {
		const feature = f as { id?: unknown; geometry?: { type?: unknown } } | null;
		const name = `feature #${i + 1}${typeof feature?.id === 'string' ? ` ${quote(feature.id)}` : ''}`;
		const kind = feature?.geometry?.type;
		const parse =
			kind === 'Point'
				? (x: unknown) => stopFeatureSchema.safeParse(x)
				: kind === 'LineString'
					? parseLegFeature
					: null;
		if (!parse) {
			issues.push({
				file,
				where: name,
				field: 'geometry.type',
				message:
					'only Point stops and LineString legs belong in an Echelon journey: remove this feature',
				skippable: true
			});
			if (typeof feature?.id === 'string') skipped.add(feature.id);
			return;
		}
		const parsed = parse(f);
		if (!parsed.success) {
			zodIssues(parsed.error, file, name, '', issues, true);
			if (typeof feature?.id === 'string') skipped.add(feature.id);
			return;
		}
		if (kind === 'Point') stops.push(parsed.data as StopFeature);
		else legs.push(parsed.data as LegFeature);
	});

	// Legs that lose a stop cannot be drawn; routed rail legs need the 1918 network, which stays with
	// the flagship data.
	const stopIds = new Set(stops.map((s) => s.id));
	const keptLegs = legs.filter((leg) => {
		const p = leg.properties;
		const missing = [p.from, p.to].find((id) => !stopIds.has(id) && skipped.has(id));
		if (missing) {
			issues.push({
				file,
				where: `leg ${quote(leg.id)}`,
				message: `its stop ${quote(missing)} is skipped, so the leg is skipped too`,
				skippable: true
			});
			return false;
		}
		if (p.mode === 'rail' && p.shape === 'routed') {
			issues.push({
				file,
				where: `leg ${quote(leg.id)}`,
				field: 'properties.shape',
				message:
					'a routed rail leg can only be checked against the 1918 network, which imports do not carry: set "shape" to "traced" and say why in "reasoning"',
				skippable: true
			});
			return false;
		}
		return true;
	});

	if (!meta.success || !sources || !places || issues.some((i) => !i.skippable)) return { issues };
	const bundle: JourneyBundle = { meta: meta.data, stops, legs: keptLegs, places, sources };
	issues.push(...checkBundle(bundle, file));
	return issues.some((i) => !i.skippable) ? { issues } : { bundle, issues };
}
