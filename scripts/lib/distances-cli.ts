// The logic of `npm run distances`, apart from the process: takes the arguments and the geodata files
// (path → text) and returns what to print and the exit code, so the tests can run it in-process.
import { parseArgs } from 'node:util';
import { formatGeodataIssue, parseGeodata } from '../../src/lib/journey/geodata';
import { buildDistanceView } from '../../src/lib/journey/distance-view';
import { createRailRouter, type RailRoute } from '../../src/lib/journey/routing';
import { formatDistance } from '../../src/lib/format/distance-format';
import { kmToUnit } from '../../src/lib/journey/distance-units';
import { formatDistanceReport } from './distances-report';
import { checkRailLegs, railLegProblems } from '../../src/lib/journey/routing-checks';
import { formatShare } from '../../src/lib/format/distance-format';
import {
	legsThroughOtherSide,
	FRONT_PASS_KM,
	JOURNEY_SIDE
} from '../../src/lib/journey/front-checks';
import { otherSidePoints } from '../../src/lib/journey/control-distance';

export interface CliResult {
	exitCode: number;
	stdout: string;
	stderr: string;
}

export const USAGE = `Usage:
  npm run distances                      readable report: per journey, per trip, by mode and grade, claims
  npm run distances -- --json            the same as JSON
  npm run distances -- --from <placeId> --to <placeId> [--date YYYY-MM-DD] [--json]
                                         routed rail distance on the 1918 network as open on that date
  npm run distances -- --check-routes    re-routes every routed rail leg on its day; lists legs over lines not
                                         yet open or more than 1% off their route (exit 1 if any), and legs
                                         passing a place held by the other side that day (a report)
Options: --root <dir> reads <dir>/geodata instead of this checkout's.`;

const usageError = (message: string): CliResult => ({
	exitCode: 2,
	stdout: '',
	stderr: `${message}\n\n${USAGE}\n`
});

export function parseDistancesArgs(args: string[]) {
	return parseArgs({
		args,
		strict: true,
		allowPositionals: false,
		options: {
			json: { type: 'boolean', default: false },
			'check-routes': { type: 'boolean', default: false },
			from: { type: 'string' },
			to: { type: 'string' },
			date: { type: 'string' },
			root: { type: 'string' },
			help: { type: 'boolean', short: 'h', default: false }
		}
	}).values;
}

export function runDistancesCli(args: string[], files: Record<string, string>): CliResult {
	let options: ReturnType<typeof parseDistancesArgs>;
	try {
		options = parseDistancesArgs(args);
	} catch (error) {
		return usageError((error as Error).message);
	}
	if (options.help) return { exitCode: 0, stdout: `${USAGE}\n`, stderr: '' };
	const query = options.from !== undefined || options.to !== undefined;
	if (query && (!options.from || !options.to)) {
		return usageError('--from and --to go together: give both place ids');
	}
	if (query && options['check-routes']) {
		return usageError('--check-routes checks every leg: leave out --from and --to');
	}
	if (!query && options.date !== undefined) {
		return usageError('--date applies to a route query: add --from and --to');
	}

	const parsed = parseGeodata(files);
	if (!parsed.ok) {
		const lines = parsed.issues.map(formatGeodataIssue);
		return {
			exitCode: 1,
			stdout: '',
			stderr: `geodata/ is invalid (${lines.length} problem(s)); run npm run validate:geodata:\n  ${lines.join('\n  ')}\n`
		};
	}
	const { data } = parsed;

	if (options.from && options.to) {
		const router = createRailRouter(data.network, data.places);
		const result = router.route(options.from, options.to, options.date);
		if (!result.ok) return { exitCode: 1, stdout: '', stderr: `${result.message}\n` };
		return {
			exitCode: 0,
			stdout: options.json
				? `${JSON.stringify(routeJson(result.route))}\n`
				: `${formatRoute(result.route)}\n`,
			stderr: ''
		};
	}

	if (options['check-routes']) {
		const router = createRailRouter(data.network, data.places);
		const control = data.control ?? [];
		// Re-routed as the build routes them: a Civil War journey's rail legs keep away from the other side.
		const checks = data.journeys.flatMap((j) => {
			const side = JOURNEY_SIDE[j.meta.id];
			const avoidOn = side && ((date: string) => otherSidePoints(control, date, side));
			return checkRailLegs(j, router, avoidOn ? { avoidOn } : {});
		});
		const problems = railLegProblems(checks);
		const lines = problems.map((c) =>
			c.problem
				? `${c.journey} › ${c.leg} (${c.date ?? 'undated'}): ${c.problem.message}`
				: `${c.journey} › ${c.leg} (${c.date ?? 'undated'}): drawn ${formatDistance(c.lengthKm, 'km')}, routed ${formatDistance(c.routedKm ?? 0, 'km')} (${formatShare(c.difference ?? 0)})`
		);
		const summary = `${checks.length} rail legs checked, ${problems.length} to look at`;
		// The front, when the data has control timelines: reported, not failed (the train went to the front).
		const front = control.length
			? data.journeys.flatMap((j) => legsThroughOtherSide(j, control))
			: undefined;
		const frontLines = front ? formatFrontPasses(front) : [];
		return {
			exitCode: problems.length > 0 ? 1 : 0,
			stdout: options.json
				? `${JSON.stringify({ checked: checks.length, problems, ...(front && { front }) }, null, 2)}\n`
				: `${[...lines, summary, ...frontLines].join('\n')}\n`,
			stderr: ''
		};
	}

	const view = buildDistanceView(data);
	return {
		exitCode: 0,
		stdout: options.json ? `${JSON.stringify(view, null, 2)}\n` : formatDistanceReport(view),
		stderr: ''
	};
}

const round3 = (x: number) => Math.round(x * 1000) / 1000;

/** The route as the issue specifies it: `{ from, to, date?, km, mi, versts, via, sections }`. */
export function routeJson(route: RailRoute) {
	return {
		from: route.from,
		to: route.to,
		...(route.date !== undefined && { date: route.date }),
		km: round3(route.distanceKm),
		mi: round3(kmToUnit(route.distanceKm, 'mi')),
		versts: round3(kmToUnit(route.distanceKm, 'verst')),
		via: route.via,
		sections: route.sections
	};
}

function formatRoute(route: RailRoute): string {
	const when = route.date ? `as open on ${route.date}` : 'with every section drawn';
	const units = (['mi', 'verst'] as const).map((u) => formatDistance(route.distanceKm, u));
	return [
		`${route.from} → ${route.to} by rail, on the 1918 network ${when}:`,
		`  ${formatDistance(route.distanceKm, 'km')} (${units.join(', ')})`,
		`  via ${route.via.join(' → ')}`,
		`  sections ${route.sections.join(', ') || '(none)'}`
	].join('\n');
}

function formatFrontPasses(front: ReturnType<typeof legsThroughOtherSide>): string[] {
	const lines = front.map((f) => {
		const places = f.places
			.map(
				(p) =>
					`${p.holder}${p.army ? ` (${p.army})` : ''}-held ${p.name} ${p.distanceKm.toFixed(1)} km`
			)
			.join('; ');
		return `${f.journey} › ${f.leg} (${f.date}, ${f.mode}): ${places}${f.explained ? ' [leg has a reasoning or notes]' : ''}`;
	});
	return [
		'',
		`Legs passing within ${FRONT_PASS_KM} km of a place held by the other side on the leg's day (control data; great circle):`,
		...lines,
		`${front.length} leg(s) pass the other side; ${front.filter((f) => !f.explained).length} without a reasoning or notes`
	];
}
