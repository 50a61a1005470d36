/**
 * Imports a reader's file in the browser: refuses it by size before reading a byte, then hands it to
 * the import worker. Also fetches same-origin `?import=` links. Never throws: every failure comes
 * back as an ImportResult with its message.
 */
import ImportWorker from './import.worker?worker';
import type { TakenIds } from './collisions';
import type { ImportResult } from './import-file';
import type { ImportRequest } from './import.worker';
import { formatBytes, MAX_FILE_BYTES } from './limits';
import type { ReadOptions } from './read-options';

const failed = (file: string, message: string): ImportResult => ({
	ok: false,
	file,
	issues: [{ file, message }]
});

export async function importFile(
	file: Blob,
	name: string,
	taken: TakenIds,
	options: ReadOptions = {}
): Promise<ImportResult> {
	if (file.size > MAX_FILE_BYTES) {
		return failed(
			name,
			`the file is ${formatBytes(file.size)}, over the limit of ${formatBytes(MAX_FILE_BYTES)}: split it or simplify its tracks`
		);
	}
	if (file.size === 0)
		return failed(name, 'the file is empty: import a CSV, GPX or GeoJSON itinerary');
	return new Promise((resolve) => {
		let worker: Worker;
		try {
			worker = new ImportWorker();
		} catch (error) {
			resolve(
				failed(name, `the import could not start (${String(error)}): reload the page and try again`)
			);
			return;
		}
		worker.onmessage = (event: MessageEvent<ImportResult>) => {
			worker.terminate();
			resolve(event.data);
		};
		worker.onerror = (event) => {
			worker.terminate();
			resolve(
				failed(
					name,
					`the import stopped unexpectedly (${event.message || 'worker error'}): try again`
				)
			);
		};
		const request: ImportRequest = { name, file, taken, options };
		worker.postMessage(request);
	});
}

/**
 * Imports a file from this site by its path (`?import=/journeys/mine.csv`). Other origins are refused:
 * the link must not make the page fetch from anywhere a reader did not choose.
 */
export async function importFromLink(
	path: string,
	base: string,
	taken: TakenIds
): Promise<ImportResult> {
	const shown = path.slice(0, 120);
	let url: URL;
	try {
		url = new URL(path, base);
	} catch {
		return failed(
			shown,
			'the ?import= link is not a valid path: give a path on this site, e.g. ?import=/my-trip.csv'
		);
	}
	if (url.origin !== new URL(base).origin) {
		return failed(
			shown,
			'only files from this site can be imported by link: download the file and import it with the Import button'
		);
	}
	const name = decodeURIComponent(url.pathname.split('/').pop() || 'linked file');
	let response: Response;
	try {
		response = await fetch(url, { credentials: 'same-origin' });
	} catch (error) {
		return failed(name, `the linked file could not be fetched (${String(error)}): check the link`);
	}
	if (!response.ok) {
		return failed(
			name,
			`the linked file could not be fetched (HTTP ${response.status}): check the path in ?import=`
		);
	}
	const declared = Number(response.headers.get('content-length') ?? 0);
	if (declared > MAX_FILE_BYTES) {
		return failed(
			name,
			`the file is ${formatBytes(declared)}, over the limit of ${formatBytes(MAX_FILE_BYTES)}`
		);
	}
	return importFile(await response.blob(), name, taken);
}
