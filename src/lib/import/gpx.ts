/**
 * GPX 1.0/1.1: waypoints are dated stops (their `<time>`), tracks and routes are traced legs dated by
 * the times on their points. Read with @xmldom/xmldom (no DOM needed, so it runs in a worker and in
 * Node) and converted with @tmcw/togeojson, then read like GeoJSON.
 */
import { DOMParser } from '@xmldom/xmldom';
import { gpx } from '@tmcw/togeojson';
import type { Draft } from './draft';
import type { FeatureWording } from './feature-wording';
import { readFeatures } from './features';
import { quote } from './issues';

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

export function readGpx(text: string, file: string): Draft {
	const errors: string[] = [];
	let doc: ReturnType<DOMParser['parseFromString']>;
	try {
		doc = new DOMParser({
			onError: (level, message) => {
				if (level !== 'warning') errors.push(message);
			}
		}).parseFromString(text, 'text/xml');
	} catch (error) {
		return fail(
			file,
			`not well-formed XML (${firstLine(error)}): fix the file or export it again from the GPS program`
		);
	}
	if (errors.length) {
		return fail(
			file,
			`not well-formed XML (${firstLine(errors[0])}): fix the file or export it again from the GPS program`
		);
	}
	const root = doc.documentElement;
	if (!root || root.localName !== 'gpx') {
		return fail(
			file,
			`the root element is <${root?.localName ?? 'nothing'}>, not <gpx>: this is not a GPX file`
		);
	}
	let collection: unknown;
	try {
		collection = gpx(doc);
	} catch (error) {
		return fail(
			file,
			`the GPX could not be read (${firstLine(error)}): export it again from the GPS program`
		);
	}
	// togeojson lists tracks and routes before waypoints; the draft orders everything by date anyway.
	const draft = readFeatures(collection, file, GPX_WORDING);
	const title = root
		.getElementsByTagName('metadata')[0]
		?.getElementsByTagName('name')[0]
		?.textContent?.trim();
	if (title) draft.title = title;
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

function firstLine(error: unknown): string {
	const text = error instanceof Error ? error.message : String(error);
	return (text.split('\n')[0] ?? '').slice(0, 120);
}
