/**
 * "Export video": the chosen journey over a date range, frame by frame from the page's own clock and
 * map. While it records, playback is paused and following is off (the camera frames the range once);
 * both come back afterwards, with the clock where it was.
 */
import { tick } from 'svelte';
import type { Explorer } from '$lib/explorer/explorer.svelte';
import { citationText } from '$lib/export/export-input';
import { captionAt, videoPlan } from '$lib/export/video-plan';
import { isoFromDayNumber } from '$lib/journey/days';
import { positionAt } from '$lib/journey/position';
import type { Mode } from '$lib/journey/schema';
import { recordVideo, type RecordedVideo } from '$lib/map/capture/record-video';
import { vehicleImage } from './vehicle-image';
import { viewState } from './view-state';

export const VIDEO_SIZES = { '720p': [1280, 720], '1080p': [1920, 1080] } as const;
export const FPS = 30;
export const END_CARD_SECONDS = 3;

export interface VideoRequest {
	startDay: number;
	endDay: number;
	size: keyof typeof VIDEO_SIZES;
	daysPerSecond: number;
	signal: AbortSignal;
	onprogress(done: number, total: number): void;
}

export async function exportVideo(
	explorer: Explorer,
	r: VideoRequest
): Promise<RecordedVideo & { name: string }> {
	const view = await viewState(explorer);
	const { journey, index } = explorer;
	const [width, height] = VIDEO_SIZES[r.size];
	const plan = videoPlan({
		startDay: r.startDay,
		endDay: r.endDay,
		daysPerSecond: r.daysPerSecond,
		fps: FPS,
		endCardSeconds: END_CARD_SECONDS
	});
	// The camera frames every place the vehicle will be at, once, before the first frame.
	const path = Array.from(
		{ length: plan.mapFrames },
		(_, i) => positionAt(index, plan.dayAt(i)).lngLat
	);
	const lngs = path.map((p) => p[0]);
	const lats = path.map((p) => p[1]);
	const shown = index.stops.filter((s) => s.tDepart >= r.startDay && s.tArrive <= r.endDay);
	const ids = new Set(shown.map((s) => s.id));
	const items = [
		...journey.stops.filter((s) => ids.has(s.id)),
		...journey.legs.filter((l) => ids.has(l.properties.from) && ids.has(l.properties.to))
	];
	const sourceIds = [...new Set(items.flatMap((f) => f.properties.sources))];
	const icons = new Map<Mode, Promise<HTMLImageElement>>();
	const color = explorer.colors[journey.meta.id] ?? '#000000';
	const saved = { tDay: explorer.playback.tDay, follow: explorer.follow };
	explorer.playback.pause();
	explorer.follow = false;
	try {
		const video = await recordVideo({
			width,
			height,
			fps: FPS,
			plan,
			bounds: [
				[Math.min(...lngs), Math.min(...lats)],
				[Math.max(...lngs), Math.max(...lats)]
			],
			seek: async (tDay) => {
				explorer.playback.seek(tDay);
				await tick();
			},
			caption: (tDay) => captionAt(journey, index, tDay, view.places),
			title: `${journey.meta.title} · Echelon`,
			vehicle: () => ({
				lngLat: explorer.position.lngLat,
				mode: explorer.vehicleMode,
				icon: (mode) => {
					if (!icons.has(mode)) icons.set(mode, vehicleImage(mode, color));
					return icons.get(mode)!;
				}
			}),
			endCard: {
				title: `${journey.meta.title}, ${isoFromDayNumber(Math.floor(r.startDay))} to ${isoFromDayNumber(Math.floor(r.endDay))}`,
				sources: sourceIds.flatMap((id) =>
					view.sources[id] ? [citationText(view.sources[id])] : []
				),
				link: view.link
			},
			signal: r.signal,
			onprogress: r.onprogress
		});
		const name = `echelon-${journey.meta.id}-${isoFromDayNumber(Math.floor(r.startDay))}-${r.size}.${video.container}`;
		return { ...video, name };
	} finally {
		explorer.playback.seek(saved.tDay);
		explorer.follow = saved.follow;
	}
}
