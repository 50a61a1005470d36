/**
 * The one playback clock: the only writable time state in the app. Everything else (the marker, the
 * travelled route, the timeline, the announcements) is derived from `tDay`.
 */
import { tick, type ClockConfig, type PlaybackMode } from './clock';

export const SPEEDS_DAYS_PER_SECOND = [1, 3, 7, 14, 30] as const;
export const DEFAULT_SPEED = 7;
const DWELL_MS = 1500;

export type ClockTiming = Pick<ClockConfig, 'startDay' | 'endDay' | 'arrivals' | 'resumes'>;

export class Playback {
	tDay = $state(0);
	playing = $state(false);
	rateDaysPerSecond = $state<number>(DEFAULT_SPEED);
	mode = $state<PlaybackMode>('continuous');
	/** Wall time left holding at a stop in stop-by-stop mode. */
	#holdMs = 0;
	#resumeDay = 0;
	// Reactive, so the timeline's span follows a switch of journey (retime).
	#timing = $state.raw<ClockTiming>({
		startDay: 0,
		endDay: 0,
		arrivals: new Float64Array(),
		resumes: new Float64Array()
	});

	constructor(timing: ClockTiming, tDay?: number) {
		this.#timing = timing;
		this.tDay = this.clamp(tDay ?? timing.startDay);
	}

	get startDay(): number {
		return this.#timing.startDay;
	}

	get endDay(): number {
		return this.#timing.endDay;
	}

	/** Switch to another journey's timeline (keeps speed and mode). */
	retime(timing: ClockTiming, tDay?: number): void {
		this.#timing = timing;
		this.#holdMs = 0;
		this.playing = false;
		this.tDay = this.clamp(tDay ?? timing.startDay);
	}

	play(): void {
		// Pressing Play at the end starts again from the beginning.
		if (this.tDay >= this.#timing.endDay) this.tDay = this.#timing.startDay;
		this.playing = true;
	}

	pause(): void {
		this.playing = false;
		this.#holdMs = 0;
	}

	toggle(): void {
		if (this.playing) this.pause();
		else this.play();
	}

	seek(tDay: number): void {
		this.#holdMs = 0;
		this.tDay = this.clamp(tDay);
	}

	/** Advance by a frame's wall-clock delta. Called from the frame loop only. */
	frame(dtMs: number): void {
		const next = tick(
			{ tDay: this.tDay, playing: this.playing, holdMs: this.#holdMs, resumeDay: this.#resumeDay },
			dtMs,
			{
				...this.#timing,
				rateDaysPerSecond: this.rateDaysPerSecond,
				mode: this.mode,
				dwellMs: DWELL_MS
			}
		);
		this.#holdMs = next.holdMs;
		this.#resumeDay = next.resumeDay;
		if (next.tDay !== this.tDay) this.tDay = next.tDay;
		if (next.playing !== this.playing) this.playing = next.playing;
	}

	private clamp(tDay: number): number {
		if (!Number.isFinite(tDay)) return this.#timing.startDay;
		return Math.min(Math.max(tDay, this.#timing.startDay), this.#timing.endDay);
	}
}
