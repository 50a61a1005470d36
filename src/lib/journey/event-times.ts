// Journey times for a journey's events (each stop's arrival and departure): dated events of one day
// spread through that day, undated ones placed between their dated neighbours by distance travelled.
// journey-index.ts builds the playback index on these times.

export interface Event {
	day?: number;
	/** Distance travelled before this event, for interpolating undated events. */
	km: number;
}

/**
 * Turns event days into strictly ordered times. Dated events sharing a day are spread through it
 * (k+1)/(n+1); undated events are placed between their dated neighbours by distance travelled.
 */
export function eventTimes(events: Event[]): number[] {
	const times = new Array<number>(events.length).fill(Number.NaN);
	// Dated days never decrease along the journey, so all events of one day form one run; undated
	// events inside that run belong to the same day and share its spread.
	const firstOfDay = new Map<number, number>();
	const lastOfDay = new Map<number, number>();
	events.forEach(({ day }, i) => {
		if (day === undefined) return;
		if (!firstOfDay.has(day)) firstOfDay.set(day, i);
		lastOfDay.set(day, i);
	});
	for (const [day, a] of firstOfDay) {
		const b = lastOfDay.get(day) ?? a;
		const n = b - a + 1;
		for (let k = 0; k < n; k++) times[a + k] = day + (k + 1) / (n + 1);
	}
	const dated = times.flatMap((time, i) => (Number.isNaN(time) ? [] : [i]));
	if (dated.length === 0) return events.map((_, i) => i);
	for (let i = 0; i < events.length; i++) {
		if (!Number.isNaN(times[i] ?? Number.NaN)) continue;
		const before = findLast(dated, (d) => d < i);
		const after = dated.find((d) => d > i);
		if (before === undefined) times[i] = times[after ?? 0] ?? 0;
		else if (after === undefined) times[i] = times[before] ?? 0;
		else {
			const t0 = times[before] ?? 0;
			const t1 = times[after] ?? 0;
			const k0 = events[before]?.km ?? 0;
			const k1 = events[after]?.km ?? 0;
			const ki = events[i]?.km ?? 0;
			const f = k1 > k0 ? (ki - k0) / (k1 - k0) : (i - before) / (after - before);
			times[i] = t0 + f * (t1 - t0);
		}
	}
	return times;
}

function findLast<T>(list: T[], test: (x: T) => boolean): T | undefined {
	for (let i = list.length - 1; i >= 0; i--) {
		const x = list[i];
		if (x !== undefined && test(x)) return x;
	}
	return undefined;
}
