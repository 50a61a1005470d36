// The readable report of `npm run distances`: the same DistanceView the app's panel shows, as text.
import type { DistanceView, JourneyDistanceView } from '../../src/lib/journey/distance-view';
import type { ClaimShare } from '../../src/lib/journey/reconcile';
import { formatDistance, formatShare } from '../../src/lib/format/distance-format';
import { groupClaims } from '../../src/lib/journey/claim-origins';
import { claimLabel, derivationHead, independentCountWords } from '../../src/lib/format/claims';

const km = (x: number) => formatDistance(x, 'km');
const all3 = (x: number) => `${km(x)} (${formatDistance(x, 'mi')}, ${formatDistance(x, 'verst')})`;
const pad = (s: string | number, n: number) => String(s).padStart(n);

export function formatDistanceReport(view: DistanceView): string {
	const out: string[] = [
		'Distances computed from geodata/ (Turf: haversine on a sphere of mean radius ' +
			`${view.method.earthRadiusKm} km; 1 verst = ${view.method.kmPerVerst} km, ` +
			`1 mi = ${view.method.kmPerMi} km).`,
		'"Along the legs" follows each leg as drawn (rail legs on the 1918 network, sea lanes as traced), counting a',
		'network section at its published length where one exists; "as drawn" is the plain length of the lines.',
		''
	];
	for (const j of view.journeys) out.push(...journeyReport(j, view), '');
	out.push(...comparison(view.journeys));
	return `${out.join('\n')}\n`;
}

function journeyReport(j: JourneyDistanceView, view: DistanceView): string[] {
	const placed = j.sourcedTripCount
		? `${j.placedTripCount} of the ${j.sourcedTripCount} trips the sources count are placed`
		: `${j.placedTripCount} of ${j.tripCount} trips placed`;
	const lines = [
		`== ${j.title} (${j.start} – ${j.end}) ==`,
		`Along the legs:            ${all3(j.lengthKm)}`,
		`  as drawn:                ${all3(j.drawnKm)}`,
		`Great-circle lower bound:  ${all3(j.greatCircleKm)}`,
		`${j.legCount} legs; ${placed}` +
			(j.unplacedWindowCount ? `; ${j.unplacedWindowCount} windows of unplaced trips` : ''),
		'',
		'By mode:',
		...j.byMode.map(
			(m) =>
				`  ${m.key.padEnd(13)}${pad(km(m.lengthKm), 12)}  (great-circle ${km(m.greatCircleKm)}, ${m.legCount} legs)`
		),
		'By grade:',
		...j.byGrade.map(
			(g) => `  ${g.key.padEnd(13)}${pad(km(g.lengthKm), 12)}  (${g.legCount} legs)`
		),
		'',
		'Trips:',
		`  ${'#'.padStart(3)}  ${'label'.padEnd(8)} ${'dates'.padEnd(23)} ${'legs'.padStart(4)} ${'along legs'.padStart(12)} ${'great-circle'.padStart(12)} ${'share'.padStart(6)}  title`,
		...j.trips.map(
			(t) =>
				`  ${pad(t.number, 3)}  ${t.label.padEnd(8)} ${`${t.start} – ${t.end}`.padEnd(23)} ${pad(t.legCount, 4)} ${pad(km(t.lengthKm), 12)} ${pad(km(t.greatCircleKm), 12)} ${pad(formatShare(t.shareOfJourney), 6)}  ${t.title}`
		)
	];
	if (j.extrapolation) {
		const e = j.extrapolation;
		lines.push(
			'',
			`ESTIMATE, not a measurement: ${e.tripCount} trips × the mean placed trip (${km(e.meanTripKm)}) = ${km(e.estimateKm)}`,
			`  range ${km(e.lowKm)} – ${km(e.highKm)}: ${e.lowPercentile}th–${e.highPercentile}th percentile of ${e.resamples.toLocaleString('en-GB')} bootstrap resamples of the ${e.placedTripCount} placed trips`
		);
	}
	if (j.claims.length > 0) {
		// A copy or a conversion is listed under its origin and counted once.
		const groups = groupClaims(j.claims, (c) => c.claim);
		lines.push('', `Published claims: ${independentCountWords(groups)}`);
		for (const { origin, derived } of groups) {
			lines.push(...claimLines(origin, view));
			for (const { item } of derived) {
				const how = item.claim.derivesFrom;
				lines.push(
					`    ↳ ${derivationHead(how?.how ?? 'repeats', item.claim.unit).toLowerCase()} ${cited(item, view)}: ${claimLabel(item.claim)}`,
					`        “${item.claim.wording}”`,
					...(how ? [`        ${how.reasoning}`] : [])
				);
			}
		}
	}
	return lines;
}

function cited({ claim }: ClaimShare, view: DistanceView): string {
	return claim.sources
		.map((id) => {
			const s = view.sources[id];
			return s
				? `${s.author}, ${s.title}${s.year ? ` (${s.year})` : ''}${s.pages ? `, ${/^\d/.test(s.pages) ? 'p. ' : ''}${s.pages}` : ''}`
				: id;
		})
		.join('; ');
}

function claimLines(c: ClaimShare, view: DistanceView): string[] {
	const { claim } = c;
	const lines = [
		`- ${claimLabel(claim)} (= ${km(c.claimKm)}) — ${cited(c, view)}`,
		`    “${claim.wording}”${claim.translation ? `\n    (${claim.translation})` : ''}`,
		`    covers: ${claim.covers}`
	];
	if (c.share !== undefined && c.greatCircleShare !== undefined) {
		const n = c.coveredTrips?.length;
		const over =
			n === undefined ? 'the placed trips' : `the ${n} placed trip${n === 1 ? '' : 's'} it covers`;
		lines.push(
			`    ${over} account${n === 1 ? 's' : ''} for ${formatShare(c.share)} (great-circle ${formatShare(c.greatCircleShare)})` +
				(c.estimateShare
					? `; the estimate for all trips ${formatShare(c.estimateShare.estimate)} (${formatShare(c.estimateShare.low)}–${formatShare(c.estimateShare.high)})`
					: '')
		);
	} else {
		lines.push(
			'    about one stretch, not the whole journey: shown for reference, no share computed'
		);
	}
	return lines;
}

function comparison(journeys: JourneyDistanceView[]): string[] {
	if (journeys.length < 2) return [];
	const w = 18;
	const row = (label: string, cell: (j: JourneyDistanceView) => string) =>
		`  ${label.padEnd(26)}${journeys.map((j) => pad(cell(j), w)).join('')}`;
	const modes = [...new Set(journeys.flatMap((j) => j.byMode.map((m) => m.key)))];
	return [
		'== The journeys side by side ==',
		row('', (j) => j.id),
		row('along the legs', (j) => km(j.lengthKm)),
		row('great-circle lower bound', (j) => km(j.greatCircleKm)),
		row('legs', (j) => String(j.legCount)),
		row('trips placed', (j) => String(j.placedTripCount)),
		...modes.map((mode) =>
			row(`  ${mode}`, (j) => km(j.byMode.find((m) => m.key === mode)?.lengthKm ?? 0))
		)
	];
}
