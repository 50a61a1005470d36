import { describe, expect, it } from 'vitest';
import { frameGate, type FrameScheduler } from './frame-gate';

/** Frames on demand: `tick()` runs the callbacks asked for before it, as a browser frame would. */
function fakeFrames(): FrameScheduler & { tick(): void; pending(): number } {
	let queue = new Map<number, () => void>();
	let next = 1;
	return {
		request(callback) {
			queue.set(next, callback);
			return next++;
		},
		cancel(handle) {
			queue.delete(handle);
		},
		tick() {
			const run = queue;
			queue = new Map();
			for (const callback of run.values()) callback();
		},
		pending: () => queue.size
	};
}

describe('frameGate', () => {
	it('changes the map at once when open, then at most every other frame, from the latest state', () => {
		const frames = fakeFrames();
		const gate = frameGate(2, frames);
		let state = 0;
		const drawn: number[] = [];
		// The clock moves on every frame and asks for a change each time, as playback does.
		for (let frame = 0; frame < 6; frame++) {
			state = frame;
			gate.schedule('edge', () => drawn.push(state));
			frames.tick();
		}
		// 0 at once; then, every other frame, the state of the frame before.
		expect(drawn).toEqual([0, 1, 3, 5]);
	});

	it('runs every kind of change that waited, once, when it opens', () => {
		const frames = fakeFrames();
		const gate = frameGate(2, frames);
		const runs: string[] = [];
		gate.schedule('edge', () => runs.push('edge 1'));
		gate.schedule('edge', () => runs.push('edge 2'));
		gate.schedule('stops', () => runs.push('stops'));
		gate.schedule('edge', () => runs.push('edge 3'));
		expect(runs).toEqual(['edge 1']);
		frames.tick();
		frames.tick();
		expect(runs).toEqual(['edge 1', 'edge 3', 'stops']);
		// Nothing waits: the gate opens and stops asking for frames.
		frames.tick();
		frames.tick();
		expect(frames.pending()).toBe(0);
		gate.schedule('stops', () => runs.push('stops again'));
		expect(runs.at(-1)).toBe('stops again');
	});

	it('forgets a dropped change', () => {
		const frames = fakeFrames();
		const gate = frameGate(2, frames);
		const runs: string[] = [];
		gate.schedule('a', () => runs.push('a'));
		gate.schedule('b', () => runs.push('b'));
		gate.drop('b');
		frames.tick();
		frames.tick();
		expect(runs).toEqual(['a']);
	});
});
