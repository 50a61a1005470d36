/**
 * Every format but Echelon's own is first read into a draft: a list of dated stops (a CSV row, a GPX
 * waypoint, a GeoJSON Point) and tracks (a GPX track, a GeoJSON LineString: a start and an end stop
 * with the path between them). `buildBundle` turns the draft into an Echelon journey: stops in date
 * order, one place per stop, straight legs between stops and traced legs along tracks, one trip, and
 * the file itself as the cited source.
 */
import type {
	HistoricalDate,
	LegFeature,
	LngLat,
	Mode,
	PlaceFeature,
	Source,
	StopFeature
} from '$lib/journey/schema';
import type { JourneyBundle } from './bundle';
import { quote, type ImportIssue } from './issues';

export interface DraftStop {
	kind: 'stop';
	/** Where in the file, for messages: `row 4`. */
	where: string;
	name: string;
	lngLat: LngLat;
	date: HistoricalDate;
	note?: string;
	/** How the traveller reached this stop. */
	mode?: Mode;
}

export interface DraftTrack {
	kind: 'track';
	where: string;
	name: string;
	/** At least two positions. */
	coords: LngLat[];
	start: HistoricalDate;
	end: HistoricalDate;
	note?: string;
	mode?: Mode;
}

export type DraftItem = DraftStop | DraftTrack;

/** A stop read from one row or feature; empty optional fields are left out. */
export function draftStop(
	where: string,
	f: { name?: string; lngLat: LngLat; date: HistoricalDate; note?: string; mode?: Mode }
): DraftStop {
	return {
		kind: 'stop',
		where,
		name: f.name ?? '',
		lngLat: f.lngLat,
		date: f.date,
		...(f.note && { note: f.note }),
		...(f.mode && { mode: f.mode })
	};
}

export interface Draft {
	/** A title found in the file (GPX metadata, a GeoJSON `name`). */
	title?: string;
	items: DraftItem[];
	/** Problems met while reading; rows with problems are not in `items`. */
	issues: ImportIssue[];
}

/** Kebab-case id for a journey from its title: `My trip (1920)` → `my-trip-1920`. */
export function slugify(title: string): string {
	const slug = title
		.normalize('NFKD')
		.replace(/[\u0300-\u036f]/g, '')
		.toLowerCase()
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-+|-+$/g, '')
		.slice(0, 40)
		.replace(/-+$/, '');
	return slug || 'imported';
}

/** The title shown for a file without one: its name without the extension. */
export function titleFromFileName(file: string): string {
	const base = file.split(/[\\/]/).pop() ?? file;
	return base.replace(/\.[a-z0-9]+$/i, '').trim() || 'Imported journey';
}

interface PlannedStop {
	name: string;
	lngLat: LngLat;
	date: HistoricalDate;
	note?: string;
	mode?: Mode;
	/** Set on a track's end stop: the track's positions, from the previous stop to this one. */
	path?: LngLat[];
}

/**
 * Orders the draft (by date; same dates keep the file's order), drops items that would run dates
 * backwards (a waypoint inside a track's time span), and builds the journey.
 */
export function buildBundle(
	draft: Draft,
	file: string,
	options: { title?: string } = {}
): { bundle?: JourneyBundle; issues: ImportIssue[] } {
	const issues = [...draft.issues];
	const startOf = (item: DraftItem) => (item.kind === 'stop' ? item.date.date : item.start.date);
	const items = draft.items
		.map((item, order) => ({ item, order }))
		.sort((a, b) => startOf(a.item).localeCompare(startOf(b.item)) || a.order - b.order)
		.map(({ item }) => item);

	const planned: PlannedStop[] = [];
	let lastDate = '';
	for (const item of items) {
		if (startOf(item) < lastDate) {
			issues.push({
				file,
				where: item.where,
				message: `dated ${startOf(item)}, it falls inside a track that ends on ${lastDate}: a stop cannot sit inside a track; change its date or remove it`,
				skippable: true
			});
			continue;
		}
		if (item.kind === 'stop') {
			planned.push({ ...item });
			lastDate = item.date.date;
			continue;
		}
		const first = item.coords[0];
		const last = item.coords[item.coords.length - 1];
		if (!first || !last) continue;
		planned.push({
			name: `${item.name} (start)`,
			lngLat: first,
			date: item.start,
			...(item.note && { note: item.note })
		});
		planned.push({
			name: `${item.name} (end)`,
			lngLat: last,
			date: item.end,
			path: item.coords,
			...(item.mode && { mode: item.mode })
		});
		lastDate = item.end.date;
	}

	if (planned.length < 2) {
		issues.push({
			file,
			message: `a journey needs at least two dated stops, and ${planned.length === 0 ? 'none' : 'only one'} could be read: fix the rows listed, or add stops`
		});
		return { issues: issues.map((i) => ({ ...i, skippable: false })) };
	}
	const title = (options.title ?? draft.title ?? titleFromFileName(file)).slice(0, 200);
	return { bundle: assemble(planned, file, title), issues };
}

function assemble(planned: PlannedStop[], file: string, title: string): JourneyBundle {
	const id = slugify(title);
	const sourceId = `${id}-file`;
	const placePrefix = id.replace(/-/g, '_');
	const source: Source = {
		id: sourceId,
		author: '',
		title: file,
		year: null,
		language: 'und',
		kind: 'dataset',
		note: 'Imported from your file; Echelon has not checked it against other sources.'
	};
	const sources = [sourceId];
	const places: PlaceFeature[] = [];
	const stops: StopFeature[] = [];
	const legs: LegFeature[] = [];
	planned.forEach((p, k) => {
		const placeId = `${placePrefix}_${k + 1}`;
		places.push({
			type: 'Feature',
			id: placeId,
			geometry: { type: 'Point', coordinates: p.lngLat },
			properties: {
				id: placeId,
				name: p.name,
				modernName: p.name,
				localName: p.name,
				names: [],
				kind: 'landmark',
				// Unknown country: ISO 3166 reserves XX for user-assigned use.
				country: 'XX',
				coordSource: `your file ${quote(file, 80)}`,
				sources
			}
		});
		const stopId = `${p.date.date}-${placeId}`;
		stops.push({
			type: 'Feature',
			id: stopId,
			geometry: { type: 'Point', coordinates: p.lngLat },
			properties: {
				id: stopId,
				place: placeId,
				trip: 1,
				arrive: p.date,
				summary: p.note ?? p.name,
				grade: 'documented',
				sources
			}
		});
		const previous = stops[k - 1];
		const from = planned[k - 1];
		if (!previous || !from) return;
		const legId = `t01-${previous.properties.place}-${placeId}`;
		legs.push({
			type: 'Feature',
			id: legId,
			geometry: { type: 'LineString', coordinates: p.path ?? [from.lngLat, p.lngLat] },
			properties: {
				id: legId,
				trip: 1,
				from: previous.id,
				to: stopId,
				mode: p.mode ?? 'road',
				shape: p.path ? 'traced' : 'straight',
				grade: p.path ? 'documented' : 'reconstructed',
				...(!p.path && {
					reasoning: p.mode
						? 'Drawn as a straight line between the two stops: the file gives no route.'
						: 'Drawn as a straight line between the two stops: the file gives no route and no mode of travel, so it is shown as road.'
				}),
				sources
			}
		});
	});
	const first = planned[0];
	const last = planned[planned.length - 1];
	const start = first?.date ?? { date: '1970-01-01', precision: 'day' as const };
	const end = last?.date ?? start;
	return {
		meta: {
			id,
			title,
			summary: `Your journey, imported from ${quote(file, 80)}: ${stops.length} stops from ${start.date} to ${end.date}.`,
			period: { start, end },
			region: { bbox: boundingBox(planned) },
			trips: [
				{
					number: 1,
					label: '1',
					title,
					start,
					end,
					grade: 'documented',
					sources
				}
			],
			claims: []
		},
		stops,
		legs,
		places,
		sources: [source]
	};
}

/** The journey's extent with a margin, never empty (w < e, s < n), inside the world. */
function boundingBox(planned: PlannedStop[]): [number, number, number, number] {
	let [w, s, e, n] = [180, 90, -180, -90];
	for (const p of planned) {
		for (const [x, y] of p.path ?? [p.lngLat]) {
			w = Math.min(w, x);
			e = Math.max(e, x);
			s = Math.min(s, y);
			n = Math.max(n, y);
		}
	}
	const margin = 0.01;
	return [
		Math.max(-180, w - margin),
		Math.max(-90, s - margin),
		Math.min(180, e + margin),
		Math.min(90, n + margin)
	];
}
