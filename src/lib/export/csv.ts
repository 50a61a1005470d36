/**
 * The stops as a CSV table, one row a stop in journey order: flat dates with their precision, the
 * place's period and modern names, its coordinate and GeoNames id where the data cites one, the grade
 * and the sources (ids, and the citations written out), so a spreadsheet has everything to check.
 */
import Papa from 'papaparse';
import { citationText, geonamesId, placeOf, type ExportInput } from './export-input';

export const STOP_COLUMNS = [
	'id',
	'trip',
	'place',
	'name',
	'modern_name',
	'country',
	'arrive_date',
	'arrive_precision',
	'depart_date',
	'depart_precision',
	'longitude',
	'latitude',
	'geonames_id',
	'grade',
	'summary',
	'reasoning',
	'source_ids',
	'citations'
] as const;

export function stopsCsv(input: ExportInput): string {
	const rows = input.journey.stops.map(({ properties: s, geometry }) => {
		const place = placeOf(input, s.place);
		const row: Record<(typeof STOP_COLUMNS)[number], string | number> = {
			id: s.id,
			trip: s.trip,
			place: s.place,
			name: place?.name ?? '',
			modern_name: place?.modernName ?? '',
			country: place?.country ?? '',
			arrive_date: s.arrive?.date ?? '',
			arrive_precision: s.arrive?.precision ?? '',
			depart_date: s.depart?.date ?? '',
			depart_precision: s.depart?.precision ?? '',
			longitude: geometry.coordinates[0],
			latitude: geometry.coordinates[1],
			geonames_id: geonamesId(place) ?? '',
			grade: s.grade,
			summary: s.summary,
			reasoning: s.reasoning ?? '',
			source_ids: s.sources.join('; '),
			citations: s.sources
				.map((id) => input.sources[id])
				.flatMap((src) => (src ? [citationText(src)] : []))
				.join(' | ')
		};
		return row;
	});
	return (
		Papa.unparse({
			fields: [...STOP_COLUMNS],
			data: rows.map((r) => STOP_COLUMNS.map((c) => r[c]))
		}) + '\n'
	);
}
