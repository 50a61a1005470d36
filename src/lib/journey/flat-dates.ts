/**
 * Flat ISO dates beside the structured ones, so that GDAL (and QGIS's Temporal Controller on top of
 * it) reads a plain date column: `arriveDate`/`departDate` on a stop are its `arrive.date` and
 * `depart.date`; `startDate`/`endDate` on a leg are the dates of the stops it joins (leaving the one,
 * reaching the other). Nothing new is dated here: each flat field copies a date the stops already carry.
 * Used by the geodata build and by the exports (an imported journey gets them when downloaded).
 */
import type { LegFeature, StopFeature } from './schema';

/** A stop with its flat dates placed right after the structured ones they copy. */
export function withStopDates(stop: StopFeature): StopFeature {
	const properties: Record<string, unknown> = {};
	for (const [key, value] of Object.entries(stop.properties)) {
		properties[key] = value;
		if (key === 'arrive' && stop.properties.arrive)
			properties.arriveDate = stop.properties.arrive.date;
		if (key === 'depart' && stop.properties.depart)
			properties.departDate = stop.properties.depart.date;
	}
	return { ...stop, properties: properties as StopFeature['properties'] };
}

/** A leg starts when its first stop is left (or reached, if no departure is known) and ends when
 * the next is reached (or left). */
export function withLegDates(
	leg: LegFeature,
	stopById: ReadonlyMap<string, StopFeature>
): LegFeature {
	const from = stopById.get(leg.properties.from)?.properties;
	const to = stopById.get(leg.properties.to)?.properties;
	const startDate = (from?.depart ?? from?.arrive)?.date;
	const endDate = (to?.arrive ?? to?.depart)?.date;
	return {
		...leg,
		properties: {
			...leg.properties,
			...(startDate && { startDate }),
			...(endDate && { endDate })
		}
	};
}
