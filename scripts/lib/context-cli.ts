// The logic of `npm run context`, apart from the process: takes the arguments and the geodata files
// (path → text) and returns what to print and the exit code, so the tests can run it in-process.
import { parseArgs } from 'node:util';
import { formatGeodataIssue, parseGeodata } from '../../src/lib/journey/geodata';
import { holderAt } from '../../src/lib/journey/control';
import { nearestOtherSide } from '../../src/lib/journey/control-distance';
import { isoDateSchema } from '../../src/lib/journey/schema';
import type { CliResult } from './distances-cli';

export const CONTEXT_USAGE = `Usage:
  npm run context -- --place <place-id> --date <YYYY-MM-DD> [--json]
      who held the place on that date, since when, on which sources and with which grade,
      and the nearest place then held by the other side (great-circle km, an approximation of the front)
Exit codes: 0 answered, 1 bad geodata, 2 usage (unknown place, bad date, bad option).`;

const usageError = (message: string): CliResult => ({
	exitCode: 2,
	stdout: '',
	stderr: `${message}\n\n${CONTEXT_USAGE}\n`
});

export function runContextCli(args: string[], files: Record<string, string>): CliResult {
	let options;
	try {
		options = parseArgs({
			args,
			strict: true,
			allowPositionals: false,
			options: {
				place: { type: 'string' },
				date: { type: 'string' },
				json: { type: 'boolean', default: false },
				help: { type: 'boolean', short: 'h', default: false }
			}
		}).values;
	} catch (error) {
		return usageError((error as Error).message);
	}
	if (options.help) return { exitCode: 0, stdout: `${CONTEXT_USAGE}\n`, stderr: '' };
	const { place, date } = options;
	if (!place || !date) return usageError('both --place and --date are required');
	if (!isoDateSchema.safeParse(date).success)
		return usageError(`bad date "${date}": write a real calendar date as YYYY-MM-DD`);

	const result = parseGeodata(files);
	if (!result.ok)
		return {
			exitCode: 1,
			stdout: '',
			stderr: result.issues.map(formatGeodataIssue).join('\n') + '\n'
		};
	const { places, control = [] } = result.data;
	const known = places.some((p) => p.id === place) || control.some((f) => f.id === place);
	if (!known) return usageError(`unknown place "${place}": use an id from geodata/places.geojson`);

	const held = holderAt(control, place, date);
	const nearest = nearestOtherSide(control, places, place, date);
	const answer = {
		...held,
		since: held.since ?? null,
		grade: held.grade ?? null,
		nearestOtherSide: nearest
			? { ...nearest, distanceKm: Math.round(nearest.distanceKm * 10) / 10 }
			: null
	};
	if (options.json)
		return { exitCode: 0, stdout: JSON.stringify(answer, null, 2) + '\n', stderr: '' };
	return { exitCode: 0, stdout: formatAnswer(answer), stderr: '' };
}

function formatAnswer(a: {
	place: string;
	date: string;
	holder: string;
	army?: string;
	since: { date: string; precision: string; earliest?: string; latest?: string } | null;
	sources: string[];
	grade: string | null;
	uncertain: boolean;
	nearestOtherSide: { name: string; holder: string; army?: string; distanceKm: number } | null;
}): string {
	const lines = [`${a.place} on ${a.date}: ${a.holder}${a.army ? ` (${a.army})` : ''}`];
	if (a.since) {
		const window =
			a.since.earliest || a.since.latest
				? ` [${a.since.earliest ?? a.since.date} – ${a.since.latest ?? a.since.date}]`
				: '';
		const when =
			a.since.precision === 'before'
				? `before ${a.since.date}`
				: `${a.since.date} (${a.since.precision})${window}`;
		lines.push(`  since:   ${when}`);
		lines.push(
			`  grade:   ${a.grade}${a.uncertain ? " — the date lies inside a change's window: uncertain" : ''}`
		);
		lines.push(`  sources: ${a.sources.join(', ')}`);
	} else {
		lines.push('  no control record covers this place and date (1918-08-01 to 1921-12-31)');
	}
	const n = a.nearestOtherSide;
	if (n)
		lines.push(
			`  nearest other side: ${n.holder}${n.army ? ` (${n.army})` : ''}-held ${n.name}, ${n.distanceKm} km (great circle; an approximation of the front)`
		);
	return lines.join('\n') + '\n';
}
