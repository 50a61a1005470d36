/**
 * A video's timeline, worked out before any frame is drawn: which journey day each frame shows (the
 * clock stepped frame by frame, never real time), how many frames the end card holds, and what each
 * frame's caption says: the date, where the journey is (a place, or "between A and B by rail") and
 * the grade of that stop or leg. Pure, so the timing is tested in Node.
 */
import { BY_MODE } from '$lib/format/where';
import { formatDay } from '$lib/format/dates';
import type { JourneyIndex } from '$lib/journey/journey-index';
import { positionAt } from '$lib/journey/position';
import type { Grade, Place } from '$lib/journey/schema';
import type { Journey } from '$lib/journey/types';

export interface VideoOptions {
	startDay: number;
	endDay: number;
	daysPerSecond: number;
	fps: number;
	endCardSeconds: number;
}

export interface VideoPlan {
	/** Frames of the moving map, the first at startDay, the last at endDay. */
	mapFrames: number;
	endCardFrames: number;
	/** The journey day frame i shows (i < mapFrames). */
	dayAt(i: number): number;
	durationSeconds: number;
}

export function videoPlan(o: VideoOptions): VideoPlan {
	const days = Math.max(o.endDay - o.startDay, 0);
	const mapFrames = Math.max(2, Math.round((days / o.daysPerSecond) * o.fps) + 1);
	const endCardFrames = Math.round(o.endCardSeconds * o.fps);
	return {
		mapFrames,
		endCardFrames,
		dayAt: (i) => o.startDay + (days * i) / (mapFrames - 1),
		durationSeconds: (mapFrames + endCardFrames) / o.fps
	};
}

export interface Caption {
	date: string;
	where: string;
	grade: Grade;
}

export function captionAt(
	journey: Journey,
	index: JourneyIndex,
	tDay: number,
	places: Readonly<Record<string, Place>>
): Caption {
	const name = (stopIndex: number): string => {
		const id = journey.stops[stopIndex]?.properties.place ?? '';
		const p = places[id];
		return p ? (p.modernName !== p.name ? `${p.name} (${p.modernName})` : p.name) : id;
	};
	const pos = positionAt(index, tDay);
	const date = formatDay(tDay);
	const leg = index.legs[pos.legIndex];
	if (pos.legIndex >= 0 && leg) {
		const grade = journey.legs[pos.legIndex]?.properties.grade ?? 'reconstructed';
		const how = BY_MODE[leg.mode];
		return {
			date,
			where: `between ${name(leg.fromStop)} and ${name(leg.toStop)} ${how}`.trim(),
			grade
		};
	}
	const stop = journey.stops[pos.stopIndex];
	return {
		date,
		where: stop ? name(pos.stopIndex) : '',
		grade: stop?.properties.grade ?? 'reconstructed'
	};
}

/** The trip the clock is in (or the last one begun), as a date range: the default video. */
export function tripRange(index: JourneyIndex, tDay: number): { startDay: number; endDay: number } {
	const stops = index.stops;
	const current = stops.filter((s) => s.tArrive <= tDay).at(-1) ?? stops[0];
	const trip = stops.filter((s) => s.trip === current?.trip);
	const first = trip[0];
	const last = trip.at(-1);
	if (!first || !last) return { startDay: index.startDay, endDay: index.endDay };
	return {
		startDay: Math.min(first.tArrive, first.tDepart),
		endDay: Math.max(last.tArrive, last.tDepart)
	};
}
