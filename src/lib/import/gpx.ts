/**
 * GPX 1.0/1.1: waypoints are dated stops (their `<time>`), tracks and routes are traced legs dated by
 * the times on their points. Read by the streaming reader in gpx-stream.ts (saxes: no DOM, so it runs
 * in a worker and in Node, and a million-point track stays small), then read like GeoJSON.
 */
import type { Draft } from './draft';
import type { FeatureWording } from './feature-wording';
import { readFeatures } from './features';
import { readGpxText, type GpxRead } from './gpx-stream';
import { quote } from './issues';
import { swapFeatureCoordinates } from './swap';

const GPX_WORDING: FeatureWording = {
	label: (f, i) => {
		const p = (f.properties ?? {}) as Record<string, unknown>;
		const kind = p._gpxType === 'trk' ? 'track' : p._gpxType === 'rte' ? 'route' : 'waypoint';
		const name = typeof p.name === 'string' && p.name.trim() ? ` ${quote(p.name.trim())}` : '';
		return `${kind} #${i + 1}${name}`;
	},
	dateHint: 'add a <time> element (e.g. <time>1918-09-17T12:00:00Z</time>)',
	nameHint: 'add a <name> element'
};

export function readGpx(text: string, file: string, swap = false): Draft {
	const read = readGpxText(text);
	if (swap) swapFeatureCoordinates(read.features);
	return draftFromGpx(read, file);
}

/** The draft from what the GPX reader found (whole text or streamed). */
export function draftFromGpx(read: GpxRead, file: string): Draft {
	if (read.error) {
		return fail(
			file,
			`not well-formed XML (${read.error}): fix the file or export it again from the GPS program`
		);
	}
	if (read.root !== 'gpx') {
		return fail(
			file,
			`the root element is <${read.root ?? 'nothing'}>, not <gpx>: this is not a GPX file`
		);
	}
	// Tracks and routes come before waypoints; the draft orders everything by date anyway.
	const draft = readFeatures(
		{ type: 'FeatureCollection', features: read.features },
		file,
		GPX_WORDING
	);
	if (read.title) draft.title = read.title;
	if (draft.items.length === 0 && draft.issues.length === 0) {
		draft.issues.push({
			file,
			message: 'the GPX holds no waypoints, tracks or routes: add <wpt> or <trk> elements'
		});
	}
	return draft;
}

function fail(file: string, message: string): Draft {
	return { items: [], issues: [{ file, message }] };
}
