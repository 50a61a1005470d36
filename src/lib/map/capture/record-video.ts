/**
 * Records the map into a video file frame by frame: for each frame the page's clock is set (by the
 * caller), the map draws, and its canvas, cropped to the frame, goes to the encoder with the caption
 * band under it; an end card closes the video. Timestamps come from the frame number, never the wall
 * clock, so a slow machine makes the same smooth video, only later. MP4 (H.264) where WebCodecs can
 * encode it, else WebM (VP9, then VP8); muxed by mediabunny (https://mediabunny.dev). Each frame awaits
 * the map and the encoder, so the page stays responsive; an AbortSignal cancels.
 */
import type { LngLat, Mode } from '$lib/journey/schema';
import type { Caption, VideoPlan } from '$lib/export/video-plan';
import { drawCaption, drawEndCard } from '$lib/export/video-card';
import { captureMap } from './registry';
import { rendered } from './snapshot';

export interface RecordOptions {
	width: number;
	height: number;
	fps: number;
	plan: VideoPlan;
	/** The area the video shows, [[west, south], [east, north]]. */
	bounds: [[number, number], [number, number]];
	/** Moves the page's clock to `tDay` and lets the page update what the map draws. */
	seek(tDay: number): Promise<void>;
	caption(tDay: number): Caption;
	title: string;
	vehicle(): { lngLat: LngLat; mode: Mode; icon(mode: Mode): Promise<CanvasImageSource> };
	endCard: { title: string; sources: readonly string[]; link: string };
	signal: AbortSignal;
	onprogress(done: number, total: number): void;
}

export interface RecordedVideo {
	blob: Blob;
	container: 'mp4' | 'webm';
	codec: string;
	frames: number;
}

export async function recordVideo(o: RecordOptions): Promise<RecordedVideo> {
	const mb = await import('mediabunny');
	const size = { width: o.width, height: o.height };
	const mp4 = await mb.canEncodeVideo('avc', size);
	const codec = mp4 ? 'avc' : await mb.getFirstEncodableVideoCodec(['vp9', 'vp8'], size);
	if (!codec) throw new Error('this browser cannot encode video (no WebCodecs H.264, VP9 or VP8)');
	const format = mp4 ? new mb.Mp4OutputFormat() : new mb.WebMOutputFormat();
	const output = new mb.Output({ format, target: new mb.BufferTarget() });
	const frame = document.createElement('canvas');
	Object.assign(frame, size);
	const ctx = frame.getContext('2d');
	if (!ctx) throw new Error('this browser cannot draw the frames');
	const source = new mb.CanvasSource(frame, { codec, bitrate: mb.QUALITY_HIGH });
	output.addVideoTrack(source, { frameRate: o.fps });

	const { map } = captureMap();
	const before = { ratio: map.getPixelRatio(), center: map.getCenter(), zoom: map.getZoom() };
	const captionHeight = Math.round(o.height * 0.13);
	const mapHeight = o.height - captionHeight;
	const { clientWidth: cssW, clientHeight: cssH } = map.getContainer();
	// Enough pixels to fill the frame's map area; the frame is the middle of the canvas.
	const ratio = Math.max(o.width / cssW, mapHeight / cssH);
	const total = o.plan.mapFrames + o.plan.endCardFrames;
	try {
		map.setPixelRatio(ratio);
		const x0 = Math.round((cssW * ratio - o.width) / 2);
		const y0 = Math.round((cssH * ratio - mapHeight) / 2);
		map.fitBounds(o.bounds, {
			animate: false,
			// A range spent in one town is still shown among its neighbours.
			maxZoom: 7,
			padding: {
				left: x0 / ratio + 30,
				right: x0 / ratio + 30,
				top: y0 / ratio + 30,
				bottom: y0 / ratio + 30
			}
		});
		await output.start();
		for (let i = 0; i < o.plan.mapFrames; i++) {
			if (o.signal.aborted) throw new DOMException('cancelled', 'AbortError');
			const tDay = o.plan.dayAt(i);
			await o.seek(tDay);
			await rendered(map);
			ctx.drawImage(map.getCanvas(), x0, y0, o.width, mapHeight, 0, 0, o.width, mapHeight);
			const v = o.vehicle();
			const p = map.project(v.lngLat);
			const s = Math.round(o.height / 24);
			ctx.drawImage(await v.icon(v.mode), p.x * ratio - x0 - s / 2, p.y * ratio - y0 - s / 2, s, s);
			drawCaption(ctx, o.width, mapHeight, captionHeight, o.caption(tDay), o.title);
			await source.add(i / o.fps, 1 / o.fps);
			o.onprogress(i + 1, total);
		}
		drawEndCard(ctx, o.width, o.height, o.endCard);
		for (let j = 0; j < o.plan.endCardFrames; j++) {
			if (o.signal.aborted) throw new DOMException('cancelled', 'AbortError');
			await source.add((o.plan.mapFrames + j) / o.fps, 1 / o.fps);
			o.onprogress(o.plan.mapFrames + j + 1, total);
		}
		await output.finalize();
	} catch (error) {
		if (output.state !== 'finalized') await output.cancel().catch(() => {});
		throw error;
	} finally {
		map.setPixelRatio(before.ratio);
		map.jumpTo({ center: before.center, zoom: before.zoom });
	}
	const buffer = output.target.buffer;
	if (!buffer) throw new Error('the video came out empty');
	return {
		blob: new Blob([buffer], { type: format.mimeType }),
		container: mp4 ? 'mp4' : 'webm',
		codec,
		frames: total
	};
}
