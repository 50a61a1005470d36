/**
 * GPX 1.1 for GPS tools and GIS: a waypoint per stop (its first known date as <time>, at midnight UTC:
 * GPX has no date-only type, and the comment says the dates and their precision as the data has them)
 * and a track per trip, one segment per leg. No times on track points: none are known.
 */
import { formatStay } from '$lib/format/dates';
import { placeOf, type ExportInput } from './export-input';

const escapeXml = (s: string): string =>
	s.replace(
		/[<>&"']/g,
		(c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;' })[c] ?? '&apos;'
	);

const el = (name: string, text: string | undefined): string =>
	text ? `<${name}>${escapeXml(text)}</${name}>` : '';

const latLon = ([lon, lat]: readonly number[]): string => `lat="${lat}" lon="${lon}"`;

export function journeyGpx(input: ExportInput): string {
	const { meta, stops, legs } = input.journey;
	const waypoints = stops.map(({ properties: s, geometry }) => {
		const first = (s.arrive ?? s.depart)?.date;
		const place = placeOf(input, s.place);
		const name = place
			? `${place.name}${place.modernName !== place.name ? ` (${place.modernName})` : ''}`
			: s.place;
		return [
			`<wpt ${latLon(geometry.coordinates)}>`,
			first ? `<time>${first}T00:00:00Z</time>` : '',
			el('name', name),
			el('cmt', `${formatStay(s.arrive, s.depart)}; ${s.grade}; sources: ${s.sources.join(', ')}`),
			el('desc', s.summary),
			el('type', s.grade),
			'</wpt>'
		].join('');
	});
	const tracks = meta.trips.map((trip) => {
		const segments = legs
			.filter((l) => l.properties.trip === trip.number)
			.map(
				(l) =>
					`<trkseg>${l.geometry.coordinates.map((c) => `<trkpt ${latLon(c)}/>`).join('')}</trkseg>`
			);
		return `<trk>${el('name', `${trip.label}: ${trip.title}`)}${el('desc', `${trip.start.date} to ${trip.end.date}; ${trip.grade}`)}<number>${trip.number}</number>${segments.join('')}</trk>`;
	});
	return [
		'<?xml version="1.0" encoding="UTF-8"?>',
		'<gpx version="1.1" creator="Echelon" xmlns="http://www.topografix.com/GPX/1/1">',
		`<metadata>${el('name', meta.title)}${el('desc', meta.summary)}</metadata>`,
		...waypoints,
		...tracks,
		'</gpx>',
		''
	].join('\n');
}
