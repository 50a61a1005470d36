/**
 * The import worker: reads and parses a reader's file off the main thread, so a 50 MB CSV or a long
 * GPX track never freezes the tab. It receives the File itself (read here, not on the main thread)
 * and answers with the plain-JSON result of `parseImport`.
 */
import type { TakenIds } from './collisions';
import { importedDistanceView } from './distances';
import { parseImport, type ImportResult } from './import-file';

export interface ImportRequest {
	name: string;
	file: Blob;
	taken: TakenIds;
}

self.onmessage = async (event: MessageEvent<ImportRequest>) => {
	const { name, file, taken } = event.data;
	let result: ImportResult;
	try {
		result = parseImport({ name, text: await file.text() }, taken);
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
