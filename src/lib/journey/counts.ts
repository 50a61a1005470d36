/**
 * The figures geodata/README.md shows (trips placed, stops, legs by grade and mode, network lines and
 * kilometres), computed from the validated data so a test can keep the README true.
 */
import type { Geodata } from './types';

export interface GeodataCounts {
	journeys: {
		id: string;
		title: string;
		tripsPlaced: number;
		tripsAttested?: number;
		stops: number;
		stopsByGrade: Record<string, number>;
		legs: number;
		legsByGrade: Record<string, number>;
		legsByMode: Record<string, number>;
	}[];
	/** Railway sections, and their length; notional links and spurs (town point – station) apart. */
	networkSections: number;
	networkKm: number;
	networkLinks: number;
	places: number;
	sources: number;
}

/**
 * Network ids that are not railways: the hub links (`M…`, e.g. a city point to its terminus) and the
 * build's spurs (`S-<section>-<place>`, a town point off its line to the line's nearest vertex).
 */
export function isNotionalLink(id: string): boolean {
	return /^(M\d|S-)/.test(id);
}

function tally<T>(items: T[], key: (t: T) => string): Record<string, number> {
	const out: Record<string, number> = {};
	for (const item of items) out[key(item)] = (out[key(item)] ?? 0) + 1;
	return Object.fromEntries(Object.entries(out).sort(([a], [b]) => a.localeCompare(b)));
}

export function geodataCounts(data: Geodata): GeodataCounts {
	return {
		journeys: data.journeys.map(({ meta, stops, legs }) => ({
			id: meta.id,
			title: meta.title,
			tripsPlaced: meta.trips.length,
			...(meta.tripCount && { tripsAttested: meta.tripCount.value }),
			stops: stops.length,
			stopsByGrade: tally(stops, (s) => s.properties.grade),
			legs: legs.length,
			legsByGrade: tally(legs, (l) => l.properties.grade),
			legsByMode: tally(legs, (l) => l.properties.mode)
		})),
		networkSections: data.network.filter((s) => !isNotionalLink(s.properties.id)).length,
		networkKm: Math.round(
			data.network
				.filter((s) => !isNotionalLink(s.properties.id))
				.reduce((sum, s) => sum + s.properties.computedLengthKm, 0)
		),
		networkLinks: data.network.filter((s) => isNotionalLink(s.properties.id)).length,
		places: data.places.length,
		sources: data.sources.length
	};
}

const list = (r: Record<string, number>) =>
	Object.entries(r)
		.map(([k, v]) => `${k} ${v}`)
		.join(', ');

/** The Markdown table for geodata/README.md. */
export function countsTable(c: GeodataCounts): string {
	const rows = [
		'| what | count |',
		'| --- | --- |',
		...c.journeys.flatMap((j) => [
			`| **${j.title}**: trips placed | ${j.tripsPlaced}${j.tripsAttested ? ` of ${j.tripsAttested} attested` : ''} |`,
			`| ${j.title}: stops | ${j.stops} (${list(j.stopsByGrade)}) |`,
			`| ${j.title}: legs by grade | ${j.legs} (${list(j.legsByGrade)}) |`,
			`| ${j.title}: legs by mode | ${list(j.legsByMode)} |`
		]),
		`| rail network 1918: railway sections | ${c.networkSections} (plus ${c.networkLinks} notional links between town points and stations) |`,
		`| rail network 1918: railway length | ${c.networkKm.toLocaleString('en')} km |`,
		`| places | ${c.places} |`,
		`| sources | ${c.sources} |`
	];
	return rows.join('\n');
}

export const COUNTS_START = '<!-- counts:start (npm run geodata:counts rewrites this table) -->';
export const COUNTS_END = '<!-- counts:end -->';

/** The README with its counts table replaced. */
export function withCountsTable(readme: string, table: string): string {
	const a = readme.indexOf(COUNTS_START);
	const b = readme.indexOf(COUNTS_END);
	if (a < 0 || b < a) throw new Error('geodata/README.md has no counts markers');
	return `${readme.slice(0, a + COUNTS_START.length)}\n\n${table}\n\n${readme.slice(b)}`;
}
