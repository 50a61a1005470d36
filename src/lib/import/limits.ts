/**
 * What an import may weigh. Files are refused above these limits with a message, before any parsing
 * that could freeze the tab: the byte limit is checked on the File before it is read, the vertex limit
 * while the features are read.
 */

/** Largest file read at all: 50 MB. */
export const MAX_FILE_BYTES = 50 * 1024 * 1024;

/** Most positions (stops plus every vertex of every leg) one imported journey may hold. */
export const MAX_VERTICES = 200_000;

/** Longest name or note kept from a row, in characters. */
export const MAX_TEXT_LENGTH = 2_000;

/** `52428800` → `50 MB`. */
export function formatBytes(bytes: number): string {
	if (bytes >= 1024 * 1024) return `${(bytes / (1024 * 1024)).toFixed(1).replace(/\.0$/, '')} MB`;
	if (bytes >= 1024) return `${Math.round(bytes / 1024)} KB`;
	return `${bytes} bytes`;
}
