// The clock's view of a journey: its time range, stop arrivals and where stop-by-stop mode resumes.
import type { JourneyIndex } from '$lib/journey/journey-index';
import type { Mode } from '$lib/journey/schema';
import { resumeTimes } from './clock';
import type { ClockTiming } from './playback.svelte';

export function clockTiming(index: JourneyIndex): ClockTiming {
	const leaves = new Set(index.legs.map((l) => l.fromStop));
	return {
		startDay: index.startDay,
		endDay: index.endDay,
		arrivals: Float64Array.from(index.stops, (s) => s.tArrive),
		resumes: resumeTimes(index.stops, (k) => leaves.has(k))
	};
}

/** The vehicle to draw: the leg under way, else the leg that brought the journey to its stop. */
export function vehicleModeAt(index: JourneyIndex, legIndex: number, stopIndex: number): Mode {
	if (legIndex >= 0) return index.legs[legIndex]?.mode ?? 'rail';
	const arrived = index.legs.find((l) => l.toStop === stopIndex);
	const leaving = index.legs.find((l) => l.fromStop === stopIndex);
	return arrived?.mode ?? leaving?.mode ?? 'rail';
}
