/**
 * A streaming GPX reader: text goes in by chunks (`write`), GeoJSON-like features come out at the end
 * (`close`), with no DOM built, so a million-point track costs its coordinates and little more.
 * Tracks and routes keep the `<time>` of every point (@tmcw/togeojson, used before, dropped route
 * point times, so a route ended on its start day). Features come out as togeojson gave them, tracks,
 * then routes, then waypoints, each in file order, so the rest of the importer reads them unchanged.
 */
import { SaxesParser } from 'saxes';

/** The properties a GPX element gives a feature (direct children only). */
const PROPERTY_TAGS = new Set(['name', 'cmt', 'desc', 'type', 'time']);

export interface GpxFeature {
	type: 'Feature';
	properties: Record<string, unknown>;
	geometry:
		| { type: 'Point'; coordinates: number[] }
		| { type: 'LineString'; coordinates: number[][] }
		| { type: 'MultiLineString'; coordinates: number[][][] };
}

export interface GpxRead {
	/** The root element's local name (`gpx` for a GPX file). */
	root?: string;
	title?: string;
	features: GpxFeature[];
	/** Well-formedness error, first line only. */
	error?: string;
}

interface Owner {
	tag: string;
	props: Record<string, unknown>;
	position?: [number, number];
	/** Points of the current segment (trkseg or rte) with their times. */
	points: [number, number][];
	times: string[];
	lines: [number, number][][];
}

const localName = (name: string) => name.slice(name.indexOf(':') + 1);

function position(attributes: Record<string, unknown>): [number, number] | undefined {
	const lat = Number.parseFloat(String(attributes.lat ?? ''));
	const lon = Number.parseFloat(String(attributes.lon ?? ''));
	return Number.isNaN(lat) || Number.isNaN(lon) ? undefined : [lon, lat];
}

export function createGpxReader() {
	const parser = new SaxesParser();
	const read: GpxRead = { features: [] };
	const tracks: GpxFeature[] = [];
	const routes: GpxFeature[] = [];
	const waypoints: GpxFeature[] = [];
	const stack: string[] = [];
	const owners: Owner[] = [];
	let text = '';

	const owner = () => owners[owners.length - 1];
	parser.on('opentag', (node) => {
		const tag = localName(node.name);
		if (stack.length === 0) read.root = tag;
		stack.push(tag);
		text = '';
		if (tag === 'wpt' || tag === 'trkpt' || tag === 'rtept') {
			const at = position(node.attributes);
			owners.push({
				tag,
				props: {},
				...(at && { position: at }),
				points: [],
				times: [],
				lines: []
			});
		} else if (tag === 'trk' || tag === 'rte') {
			owners.push({ tag, props: {}, points: [], times: [], lines: [] });
		} else if (tag === 'trkseg') {
			const trk = owner();
			if (trk?.tag === 'trk') trk.points = [];
		}
	});
	parser.on('text', (t) => (text += t));
	parser.on('cdata', (t) => (text += t));
	parser.on('closetag', (node) => {
		const tag = localName(node.name);
		stack.pop();
		const parent = stack[stack.length - 1];
		const current = owner();
		if (PROPERTY_TAGS.has(tag) && current && parent === current.tag) {
			current.props[tag] ??= text.trim();
		} else if (tag === 'name' && parent === 'metadata' && stack.length === 2) {
			read.title ??= text.trim();
		} else if (tag === 'trkpt' || tag === 'rtept') {
			owners.pop();
			const line = owner();
			if (current?.position && line) {
				line.points.push(current.position);
				if (current.props.time) line.times.push(String(current.props.time));
			}
		} else if (tag === 'trkseg' && current?.tag === 'trk') {
			if (current.points.length >= 2) current.lines.push(current.points);
			current.points = [];
		} else if (tag === 'wpt' && current) {
			owners.pop();
			if (current.position) {
				waypoints.push({
					type: 'Feature',
					properties: current.props,
					geometry: { type: 'Point', coordinates: current.position }
				});
			}
		} else if ((tag === 'trk' || tag === 'rte') && current) {
			owners.pop();
			const lines = tag === 'rte' ? [current.points] : current.lines;
			const drawn = lines.filter((l) => l.length >= 2);
			if (drawn.length === 0) return;
			const properties = {
				_gpxType: tag,
				...current.props,
				...(current.times.length && { coordinateProperties: { times: current.times } })
			};
			(tag === 'trk' ? tracks : routes).push({
				type: 'Feature',
				properties,
				geometry:
					drawn.length === 1
						? { type: 'LineString', coordinates: drawn[0] ?? [] }
						: { type: 'MultiLineString', coordinates: drawn }
			});
		}
		text = '';
	});

	const guard = (work: () => void) => {
		if (read.error) return;
		try {
			work();
		} catch (error) {
			const first = (error instanceof Error ? error.message : String(error)).split('\n')[0];
			read.error = plainXmlError(first ?? '').slice(0, 120);
		}
	};
	return {
		write(chunk: string) {
			guard(() => parser.write(chunk));
		},
		close(): GpxRead {
			guard(() => parser.close());
			read.features = [...tracks, ...routes, ...waypoints];
			return read;
		}
	};
}

/** Reads a whole GPX text, fed in slices as a stream would be. */
export function readGpxText(text: string, sliceChars = 1 << 20): GpxRead {
	const reader = createGpxReader();
	const body = text.replace(/^[\uFEFF\s]+/, '');
	for (let i = 0; i < body.length; i += sliceChars) reader.write(body.slice(i, i + sliceChars));
	return reader.close();
}

/**
 * The XML reader's message ("2:32: undefined entity.") in a reader's words: where in the file, and
 * what went wrong. "Undefined entity" is XML's name for an & that starts no known entity name.
 */
export function plainXmlError(message: string): string {
	const at = /^(\d+):(\d+): (.*)$/.exec(message);
	const what = (at?.[3] ?? message)
		.replace(/\.$/, '')
		.replace(/^undefined entity$/, 'an & that starts no known entity (write &amp; for an &)');
	return at ? `line ${at[1]}, column ${at[2]}: ${what}` : what;
}
