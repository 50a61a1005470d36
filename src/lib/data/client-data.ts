/**
 * What the browser receives: the validated journeys plus the places and sources they cite, keyed by
 * id. The rail network stays on the build side (the legs already carry its geometry).
 */
import { compareIsoDates } from '../journey/days';
import type { Geodata, Journey } from '../journey/types';
import type { Place, Source } from '../journey/schema';

export interface ClientData {
	journeys: Journey[];
	places: Record<string, Place>;
	sources: Record<string, Source>;
}

export function buildClientData(data: Geodata): ClientData {
	const cited = new Set<string>();
	const placeIds = new Set<string>();
	const cite = (ids: string[] | undefined) => ids?.forEach((id) => cited.add(id));
	for (const { meta, stops, legs } of data.journeys) {
		meta.trips.forEach((t) => {
			cite(t.sources);
			t.notes?.forEach((n) => cite(n.sources));
		});
		meta.claims.forEach((c) => cite(c.sources));
		meta.facts?.forEach((f) => {
			cite(f.sources);
			f.notes?.forEach((n) => cite(n.sources));
		});
		meta.tripCount?.wording.forEach((w) => cite(w.sources));
		meta.unplaced?.forEach((u) => cite(u.sources));
		meta.notes?.forEach((n) => cite(n.sources));
		for (const s of stops) {
			placeIds.add(s.properties.place);
			cite(s.properties.sources);
			s.properties.notes?.forEach((n) => cite(n.sources));
		}
		for (const l of legs) {
			cite(l.properties.sources);
			l.properties.notes?.forEach((n) => cite(n.sources));
		}
	}
	const places: Record<string, Place> = {};
	for (const p of data.places) {
		if (!placeIds.has(p.id)) continue;
		places[p.id] = p.properties;
		cite(p.properties.sources);
		p.properties.notes?.forEach((n) => cite(n.sources));
	}
	return {
		// Oldest first: the train (1918) opens the app, the exile (1928) follows.
		journeys: [...data.journeys].sort((a, b) =>
			compareIsoDates(a.meta.period.start.date, b.meta.period.start.date)
		),
		places,
		sources: Object.fromEntries(data.sources.filter((s) => cited.has(s.id)).map((s) => [s.id, s]))
	};
}
