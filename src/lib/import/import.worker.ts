/**
 * The import worker: reads and parses a reader's file off the main thread, so a 100 MB CSV or a
 * million-point GPX track never freezes the tab. It receives the File itself (read here, not on the
 * main thread) with the reader's options (another encoding, the day order, a swap), and answers with
 * the plain-JSON result of `importBytes`.
 */
import type { TakenIds } from './collisions';
import { importedDistanceView } from './distances';
import type { ImportResult } from './import-file';
import { importBytes } from './import-bytes';
import type { ReadOptions } from './read-options';

export interface ImportRequest {
	name: string;
	file: Blob;
	taken: TakenIds;
	options?: ReadOptions;
}

self.onmessage = async (event: MessageEvent<ImportRequest>) => {
	const { name, file, taken, options } = event.data;
	let result: ImportResult;
	try {
		result = await importBytes(name, new Uint8Array(await file.arrayBuffer()), taken, options);
		if (result.ok) result.distances = importedDistanceView(result.bundle);
	} catch (error) {
		result = {
			ok: false,
			file: name,
			issues: [{ file: name, message: `the file could not be read (${String(error)}): try again` }]
		};
	}
	self.postMessage(result);
};
