// The sources the control timelines cite (geodata/control/), by id, as a prerendered JSON file
// (build/data/control-sources.json): the stop panel's "Who held it" cites them. Kept apart from
// control.json, which the map's front layer fetches without needing them, and from sources.json (the
// journeys' own, fetched once the first view is drawn), so neither grows.
import { json } from '@sveltejs/kit';
import { loadGeodata } from '$lib/data/geodata.server';
import type { RequestHandler } from './$types';

export const prerender = true;

export const GET: RequestHandler = () => {
	const { control = [], sources } = loadGeodata();
	const cited = new Set(
		control.flatMap((f) =>
			f.properties.changes.flatMap((c) => [
				...c.sources,
				...(c.notes ?? []).flatMap((n) => n.sources)
			])
		)
	);
	return json(Object.fromEntries(sources.filter((s) => cited.has(s.id)).map((s) => [s.id, s])));
};
