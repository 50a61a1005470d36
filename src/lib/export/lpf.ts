/**
 * Linked Places Format (LPF v1.2.2, the World Historical Gazetteer's JSON-LD/GeoJSON): one record per
 * place the journey stops at, with its period, modern and local names, its coordinate, the dated
 * visits as `when` timespans, the stop summaries as descriptions, the sources as citations and, where
 * the data cites one, a GeoNames link (closeMatch), so the places join other gazetteers.
 * Schema: tests/fixtures/lpf/ (WHG's own, used to validate this output in the tests).
 */
import type { HistoricalDate, Place, StopFeature } from '$lib/journey/schema';
import {
	citationText,
	geonamesId,
	geonamesUri,
	stopsByPlace,
	visitedPlaces,
	type ExportInput
} from './export-input';

export const LPF_CONTEXT =
	'https://raw.githubusercontent.com/LinkedPasts/linked-places/master/linkedplaces-context-v1.1.jsonld';

/** GeoNames feature classes (P populated place, S spot/building, T terrain) for each place kind. */
const FCLASS: Record<Place['kind'], string> = {
	city: 'P',
	town: 'P',
	village: 'P',
	station: 'S',
	junction: 'S',
	port: 'S',
	residence: 'S',
	landmark: 'S',
	pass: 'T',
	island: 'T'
};

/** LPF strings are single lines (its schema's `^(.*)$`). */
const oneLine = (s: string): string => s.replace(/\s*\n\s*/g, ' ');

/** An LPF time point: the date itself when known to the day, else its earliest/latest bounds. */
function point(d: HistoricalDate): Record<string, string> {
	if (d.precision === 'day' || (!d.earliest && !d.latest)) return { in: d.date };
	return { earliest: d.earliest ?? d.date, latest: d.latest ?? d.date };
}

function timespan(stop: StopFeature) {
	const { arrive, depart } = stop.properties;
	const start = arrive ?? depart;
	const end = depart ?? arrive;
	return start && end ? [{ start: point(start), end: point(end) }] : [];
}

/** When a name was in use, in years, as the data has it (either end may be open). */
function nameWhen(from: number | undefined, to: number | undefined) {
	if (from === undefined && to === undefined) return {};
	const start = from !== undefined ? { in: String(from) } : { latest: String(to) };
	return { when: { timespans: [{ start, ...(to !== undefined && { end: { in: String(to) } }) }] } };
}

export function linkedPlaces(input: ExportInput, appUrl: string) {
	const { meta } = input.journey;
	const byPlace = stopsByPlace(input.journey.stops);
	const citations = (ids: readonly string[]) =>
		ids.flatMap((id) => {
			const s = input.sources[id];
			return s ? [{ '@id': s.url ?? null, label: oneLine(citationText(s)) }] : [];
		});
	const features = visitedPlaces(input).map(({ id, geometry, properties: p }) => {
		const stops = byPlace.get(id) ?? [];
		const gn = geonamesId(p);
		const names = [
			{ toponym: p.name, lang: 'en' },
			...p.names
				.filter((n) => n.name !== p.name || n.lang !== 'en')
				.map((n) => ({
					toponym: n.name,
					lang: n.lang,
					...nameWhen(n.from, n.to)
				}))
		].map((n) => ({ ...n, citations: citations(p.sources) }));
		if (!names.some((n) => n.toponym === p.modernName))
			names.push({ toponym: p.modernName, lang: 'en', citations: citations(p.sources) });
		return {
			type: 'Feature' as const,
			// Opens the app at the first stop here: a stable, resolvable address for the record.
			'@id': `${appUrl}?journey=${meta.id}&stop=${stops[0]?.id ?? ''}`,
			properties: { title: p.name, ccodes: [p.country], fclasses: [FCLASS[p.kind]] },
			names,
			types: [{ label: p.kind, sourceLabel: p.kind }],
			geometry: {
				type: 'GeometryCollection' as const,
				geometries: [
					{
						...geometry,
						certainty: p.coordCheck?.status === 'approximate' ? 'less-certain' : 'certain',
						citations: citations(p.coordCheck?.sources.length ? p.coordCheck.sources : p.sources)
					}
				]
			},
			when: {
				timespans: stops.flatMap(timespan),
				label: `${meta.title}: ${stops.length === 1 ? 'one stop' : `${stops.length} stops`}`
			},
			links: gn ? [{ type: 'closeMatch', identifier: geonamesUri(gn) }] : [],
			descriptions: stops.map((s) => ({
				'@id': `${appUrl}?journey=${meta.id}&stop=${s.id}`,
				value: oneLine(`${s.properties.summary} [${s.properties.grade}]`),
				lang: 'en'
			}))
		};
	});
	return {
		type: 'FeatureCollection' as const,
		'@context': LPF_CONTEXT,
		title: `${meta.title}: places (Echelon)`,
		features
	};
}
