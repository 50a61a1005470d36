/** requestAnimationFrame with wall-clock deltas; returns the function that cancels it. */
export function startFrameLoop(onFrame: (dtMs: number) => void): () => void {
	let handle = 0;
	let last: number | undefined;
	const loop = (now: number) => {
		// Cap a frame's delta so a backgrounded tab does not leap ahead when it comes back.
		const dtMs = last === undefined ? 0 : Math.min(now - last, 250);
		last = now;
		onFrame(dtMs);
		handle = requestAnimationFrame(loop);
	};
	handle = requestAnimationFrame(loop);
	return () => cancelAnimationFrame(handle);
}
