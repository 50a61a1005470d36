/**
 * What an import may weigh. Files are refused above these limits with a message, before any parsing
 * that could freeze the tab: the byte limit is checked on the File before it is read, the stop and
 * track point limits while the rows and features are read. Straight legs between stops are not
 * counted: they are drawn from the stops.
 */

/** Largest file read at all: 100 MB. */
export const MAX_FILE_BYTES = 100 * 1024 * 1024;

/** Most stops one imported journey may hold (CSV rows, waypoints, GeoJSON Points). */
export const MAX_STOPS = 200_000;

/** Most track points (vertices of GPX tracks and routes, GeoJSON LineStrings) one journey may hold. */
export const MAX_TRACK_POINTS = 1_000_000;

/** Longest name or note kept from a row, in characters. */
export const MAX_TEXT_LENGTH = 2_000;

/** `52428800` → `50 MB`. */
export function formatBytes(bytes: number): string {
	if (bytes >= 1024 * 1024) return `${(bytes / (1024 * 1024)).toFixed(1).replace(/\.0$/, '')} MB`;
	if (bytes >= 1024) return `${Math.round(bytes / 1024)} KB`;
	return `${bytes} bytes`;
}
