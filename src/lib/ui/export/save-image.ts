/**
 * "Save image": the current view at a chosen width as a PNG, with a title band (title, date, place)
 * and a strip with the legend, a scale bar and a short citation line.
 */
import type { Explorer } from '$lib/explorer/explorer.svelte';
import { drawFigure, figureLayout } from '$lib/export/figure';
import { figureText } from '$lib/export/figure-text';
import { isoFromDayNumber } from '$lib/journey/days';
import { drawMapView, viewHeightAt } from '$lib/map/capture/snapshot';
import { saveBlob } from './download';
import { vehicleImage } from './vehicle-image';
import { viewState } from './view-state';

export const IMAGE_WIDTHS = [1280, 1920, 3840] as const;

export async function saveImage(explorer: Explorer, width: number): Promise<string> {
	const view = await viewState(explorer);
	const layout = figureLayout(width);
	const canvas = document.createElement('canvas');
	canvas.width = width;
	canvas.height = layout.top + viewHeightAt(width) + layout.bottom;
	const ctx = canvas.getContext('2d');
	if (!ctx) throw new Error('this browser cannot draw the image');
	const snap = await drawMapView(ctx, layout.top, width, explorer.position.lngLat);
	if (snap.vehicle) {
		const icon = await vehicleImage(
			explorer.vehicleMode,
			explorer.colors[view.journey.meta.id] ?? '#000000'
		);
		const size = layout.font * 2;
		ctx.drawImage(icon, snap.vehicle[0] - size / 2, snap.vehicle[1] - size / 2, size, size);
	}
	drawFigure(ctx, width, snap.height, figureText(view), snap.kmPerPx);
	const blob = await new Promise<Blob | null>((r) => canvas.toBlob(r, 'image/png'));
	if (!blob) throw new Error('the image could not be encoded');
	const name = `echelon-${view.journey.meta.id}-${isoFromDayNumber(Math.floor(view.tDay))}-${width}w.png`;
	saveBlob(blob, name);
	return name;
}
