/**
 * Batches the map changes playback makes (the travelled line's edge and data, the stops reached, the
 * legs travelled) so the map is redrawn for them at most once every `everyFrames` animation frames:
 * each redraw draws the whole map, which in software WebGL costs more than a frame, while the marker
 * (an HTML element) moves on every frame (docs/performance.md). A change asked for while the gate is
 * open (a seek, a selection, the first frame of playback) is made at once; one asked for while it is
 * shut waits for the frame on which it opens. Each change is a `sync` that brings one thing on the map
 * up to date with the latest state, so a change that waited is never stale.
 */
export interface FrameGate {
	/** Runs `sync` now if the gate is open, else once it opens; a later `sync` for `key` replaces it. */
	schedule(key: string, sync: () => void): void;
	/** Forgets what waits for `key`. */
	drop(key: string): void;
}

export interface FrameScheduler {
	request(callback: () => void): number;
	cancel(handle: number): void;
}

const animationFrames: FrameScheduler = {
	request: (callback) => requestAnimationFrame(callback),
	cancel: (handle) => cancelAnimationFrame(handle)
};

export function frameGate(everyFrames = 2, frames: FrameScheduler = animationFrames): FrameGate {
	const waiting = new Map<string, () => void>();
	let framesLeft = 0;
	let handle = 0;

	const runAll = () => {
		const jobs = [...waiting.values()];
		waiting.clear();
		for (const sync of jobs) sync();
		// Shut for the frame these changes are drawn on and the next `everyFrames - 1`.
		framesLeft = everyFrames;
		if (!handle) handle = frames.request(onFrame);
	};
	function onFrame() {
		handle = 0;
		framesLeft = Math.max(framesLeft - 1, 0);
		if (framesLeft > 0) handle = frames.request(onFrame);
		else if (waiting.size > 0) runAll();
	}

	return {
		schedule(key, sync) {
			waiting.set(key, sync);
			if (framesLeft === 0) runAll();
		},
		drop(key) {
			waiting.delete(key);
		}
	};
}

const gates = new WeakMap<object, FrameGate>();

/** The one gate of a map, shared by its layers. */
export function mapFrameGate(map: object): FrameGate {
	let gate = gates.get(map);
	if (!gate) {
		gate = frameGate();
		gates.set(map, gate);
	}
	return gate;
}
