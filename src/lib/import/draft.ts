/**
 * Every format but Echelon's own is first read into a draft: a list of dated stops (a CSV row, a GPX
 * waypoint, a GeoJSON Point) and tracks (a GPX track, a GeoJSON LineString: a start and an end stop
 * with the path between them). `buildBundle` (build-bundle.ts) turns the draft into an Echelon
 * journey.
 */
import type { HistoricalDate, LngLat, Mode } from '$lib/journey/schema';
import type { DateOrder } from './date-forms';
import type { ImportIssue } from './issues';

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
	/** How the file was read, to tell the reader: the date forms met, decimal commas, the day order. */
	reading?: DraftReading;
}

export interface DraftReading {
	/** Date forms met, e.g. `DD.MM.YYYY`, `day month year BC`. */
	dateForms: string[];
	decimalComma: boolean;
	/** The order slash dates were read in, and whether the file left it open (`03/04/1918`). */
	dateOrder?: { used: DateOrder; ambiguous: boolean };
}
