/**
 * The live map, for the exports (image, video) that live outside the map's component tree: the
 * CaptureBridge child of the map registers it here while the map exists.
 */
import type { MapHandle } from '../context';

let current: MapHandle | null = null;

export function registerCaptureMap(handle: MapHandle | null): void {
	current = handle;
}

/** The loaded map, or an error the export shows the reader. */
export function captureMap(): MapHandle {
	if (!current) throw new Error('the map is not shown yet');
	return current;
}
