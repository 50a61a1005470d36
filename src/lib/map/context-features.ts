/**
 * The world the journeys moved through, as the map draws it. The period rail network: one feature per
 * railway section (the notional links between town points and their stations are not railways and are
 * not drawn), carrying its opening and closing days as numbers, and the filter of the sections open on
 * a day, which agrees with the router's `isSectionOpen`. The front: one point per place with a control
 * timeline, whose holder ControlLayer sets as feature-state.
 */
import type { FeatureCollection, LineString, Point } from 'geojson';
import type { FilterSpecification } from 'maplibre-gl';
import { isNotionalLink } from '$lib/journey/counts';
import { dayNumber } from '$lib/journey/days';
import type { ControlFeature, RailSectionFeature } from '$lib/journey/schema';

export interface NetworkFeatureProps {
	id: string;
	/** Day number of the opening: drawn from this day on. */
	openedDay: number;
	/** Day number of the closing, if it closed: not drawn from this day on. */
	closedDay?: number;
}

const railways = (sections: readonly RailSectionFeature[]) =>
	sections.filter((s) => !isNotionalLink(s.properties.id));

export function networkFeatures(
	sections: readonly RailSectionFeature[]
): FeatureCollection<LineString, NetworkFeatureProps> {
	return {
		type: 'FeatureCollection',
		features: railways(sections).map(({ geometry, properties: { id, opened, closed } }) => ({
			type: 'Feature',
			geometry,
			properties: {
				id,
				openedDay: dayNumber(opened.date),
				...(closed && { closedDay: dayNumber(closed.date) })
			}
		}))
	};
}

/** The days on which the drawn network changes (an opening or a closing), ascending and distinct. */
export function networkChangeDays(sections: readonly RailSectionFeature[]): number[] {
	const days = new Set<number>();
	for (const { properties: p } of railways(sections)) {
		days.add(dayNumber(p.opened.date));
		if (p.closed) days.add(dayNumber(p.closed.date));
	}
	return [...days].sort((a, b) => a - b);
}

/** The sections open on `day` (a day number): opened on or before it, and not closed by then. */
export function openOnDay(day: number): FilterSpecification {
	return [
		'all',
		['<=', ['get', 'openedDay'], day],
		['any', ['!', ['has', 'closedDay']], ['>', ['get', 'closedDay'], day]]
	];
}

export interface FrontFeatureProps {
	id: string;
	name: string;
}

export function frontFeatures(
	control: readonly ControlFeature[]
): FeatureCollection<Point, FrontFeatureProps> {
	return {
		type: 'FeatureCollection',
		features: control.map(({ geometry, properties: { id, name } }) => ({
			type: 'Feature',
			geometry,
			properties: { id, name }
		}))
	};
}
