/**
 * The page's keyboard: Space plays or pauses, ← and → step between stops, Escape closes Distances,
 * then a rail section's details, then the selected stop or leg. Keys belong first to the control that
 * has focus (a slider's arrows, a button's Space, typing in a field), so those are left alone.
 */
import type { Explorer } from './explorer.svelte';

const INTERACTIVE = 'input, select, textarea, button, a, [role="tab"], [contenteditable]';

export interface KeyEventLike {
	key: string;
	target: EventTarget | null;
	preventDefault(): void;
}

export function handleKey(explorer: Explorer, e: KeyEventLike): void {
	if (e.key === 'Escape') {
		if (explorer.distancesOpen) explorer.distancesOpen = false;
		else if (explorer.openPanel === 'section') explorer.selectSection(null);
		else if (explorer.selectedStopId || explorer.legs) explorer.clearSelection();
		return;
	}
	const target = e.target as { closest?: (selector: string) => unknown } | null;
	if (target?.closest?.(INTERACTIVE)) return;
	const action: Record<string, (() => void) | undefined> = {
		' ': () => explorer.playback.toggle(),
		ArrowRight: () => explorer.step(1),
		ArrowLeft: () => explorer.step(-1)
	};
	const run = action[e.key];
	if (!run) return;
	e.preventDefault();
	run();
}
