import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { ALL_FORMATS, BufferSource, Input } from 'mediabunny';
import { clickHeaderTool, waitForMapIdle, watchPage } from './helpers';
import { videoPlan } from '../../src/lib/export/video-plan';
import { dayNumber } from '../../src/lib/journey/days';

// "Export video": a short range recorded frame by frame, then the file parsed with mediabunny's
// demuxer: its container (MP4 `ftyp` or WebM's EBML header), size, frame count and duration.

test('a two-day range inside the journey exports as a video with the planned frames and duration', async ({
	page
}) => {
	test.setTimeout(180_000);
	const watch = await watchPage(page);
	await page.goto('/?journey=train');
	await waitForMapIdle(page);
	await clickHeaderTool(page, 'Export');
	const menu = page.getByTestId('export-menu');
	await menu.getByLabel('From').fill('1918-08-09');
	await menu.getByLabel('To').fill('1918-08-11');
	await menu.getByLabel('Size').selectOption('720p');
	await menu.getByLabel('Pace').selectOption('7');
	const download = page.waitForEvent('download', { timeout: 150_000 });
	await menu.getByRole('button', { name: 'Export video' }).click();
	const file = await download;
	const bytes = readFileSync((await file.path())!);

	const mp4 = bytes.subarray(4, 8).toString('latin1') === 'ftyp';
	const webm = bytes.readUInt32BE(0) === 0x1a45dfa3;
	expect(mp4 || webm).toBe(true);
	expect(file.suggestedFilename()).toBe(`echelon-train-1918-08-09-720p.${mp4 ? 'mp4' : 'webm'}`);

	const plan = videoPlan({
		startDay: dayNumber('1918-08-09'),
		endDay: dayNumber('1918-08-11'),
		daysPerSecond: 7,
		fps: 30,
		endCardSeconds: 3
	});
	const input = new Input({ formats: ALL_FORMATS, source: new BufferSource(bytes) });
	expect((await input.getFormat()).name).toBe(mp4 ? 'MP4' : 'WebM');
	const track = (await input.getPrimaryVideoTrack())!;
	expect([track.displayWidth, track.displayHeight]).toEqual([1280, 720]);
	const stats = await track.computePacketStats();
	expect(stats.packetCount).toBe(plan.mapFrames + plan.endCardFrames);
	expect(await input.computeDuration()).toBeCloseTo(plan.durationSeconds, 2);
	await expect(page.getByTestId('export-status')).toHaveText(/^Saved echelon-train-.* frames/);
	expect(watch.errors).toEqual([]);
});
