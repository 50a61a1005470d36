/**
 * Where the journey is at the clock's time, in words: "Moscow", "between Fagerstrand and Tampico,
 * by sea", or, in the time between two trips that nobody has placed, "last placed at Moscow".
 */
import type { Journey } from '$lib/journey/types';
import { SEGMENT, type JourneyIndex } from '$lib/journey/journey-index';
import type { Position } from '$lib/journey/position';
import type { Mode, Place } from '$lib/journey/schema';

export type WhereNow =
	| { kind: 'at'; place: string }
	| { kind: 'between'; from: string; to: string; mode: Mode }
	| { kind: 'after'; place: string }
	| { kind: 'nowhere' };

export const BY_MODE: Record<Mode, string> = {
	rail: 'by rail',
	road: 'by road',
	car: 'by car',
	sledge: 'by sledge',
	sea: 'by sea',
	river: 'by river',
	foot: 'on foot'
};

export function whereNow(
	journey: Journey,
	index: JourneyIndex,
	position: Position,
	places: Record<string, Place>
): WhereNow {
	const nameOf = (stopIndex: number) => {
		const place = journey.stops[stopIndex]?.properties.place;
		return place ? (places[place]?.name ?? place) : '';
	};
	const leg = index.legs[position.legIndex];
	if (leg) {
		return { kind: 'between', from: nameOf(leg.fromStop), to: nameOf(leg.toStop), mode: leg.mode };
	}
	const place = nameOf(position.stopIndex);
	if (!place) return { kind: 'nowhere' };
	const gap = index.segmentKind[position.segment] === SEGMENT.gap;
	return gap ? { kind: 'after', place } : { kind: 'at', place };
}

export function whereNowText(where: WhereNow): string {
	switch (where.kind) {
		case 'at':
			return where.place;
		case 'between':
			return `between ${where.from} and ${where.to}, ${BY_MODE[where.mode]}`;
		case 'after':
			return `last placed at ${where.place}`;
		case 'nowhere':
			return '';
	}
}
