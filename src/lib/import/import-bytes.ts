/**
 * A file's bytes to an import result: the content hash (to notice a file imported before), the text
 * decoded (decode.ts), then `parseImport` with the reader's options; the result says which encoding
 * was used. Runs in the import worker, and in Node for the tests.
 */
import type { TakenIds } from './collisions';
import { decodeBytes } from './decode';
import { parseImport, type ImportResult } from './import-file';
import type { ReadOptions } from './read-options';

/** SHA-256 of the bytes, in hex. */
export async function contentHash(bytes: Uint8Array): Promise<string> {
	const digest = await crypto.subtle.digest('SHA-256', bytes as Uint8Array<ArrayBuffer>);
	return Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, '0')).join('');
}

export async function importBytes(
	name: string,
	bytes: Uint8Array,
	taken: TakenIds,
	options: ReadOptions = {}
): Promise<ImportResult> {
	const hash = await contentHash(bytes);
	const decoded = await decodeBytes(bytes, options.encoding);
	const result = parseImport({ name, text: decoded.text }, taken, options);
	return {
		...result,
		reading: {
			...result.reading,
			encoding: { name: decoded.encoding, how: decoded.how },
			hash
		}
	};
}
