import { describe, expect, it, vi } from 'vitest';
import { page } from 'vitest/browser';
import { render } from 'vitest-browser-svelte';
import PlaybackControls from './PlaybackControls.svelte';
import { Playback } from '$lib/playback/playback.svelte';

const timing = {
	startDay: 0,
	endDay: 100,
	arrivals: Float64Array.from([0, 50]),
	resumes: Float64Array.from([1, 51])
};

describe('PlaybackControls', () => {
	it('plays and pauses the clock it is given', async () => {
		const playback = new Playback(timing);
		await render(PlaybackControls, {
			playback,
			follow: true,
			onprevious: () => {},
			onnext: () => {},
			onfollowchange: () => {},
			onfit: () => {}
		});
		const play = page.getByRole('button', { name: 'Play' });
		await play.click();
		expect(playback.playing).toBe(true);
		await expect.element(page.getByRole('button', { name: 'Pause' })).toBeVisible();
		await page.getByRole('button', { name: 'Pause' }).click();
		expect(playback.playing).toBe(false);
	});

	it('sets speed and stop-by-stop mode on the clock, and reports the rest through its callbacks', async () => {
		const playback = new Playback(timing);
		const calls = {
			onprevious: vi.fn(),
			onnext: vi.fn(),
			onfollowchange: vi.fn(),
			onfit: vi.fn()
		};
		await render(PlaybackControls, { playback, follow: true, ...calls });
		await page.getByRole('combobox', { name: 'Speed' }).selectOptions('1 month/s');
		expect(playback.rateDaysPerSecond).toBe(30);
		await page.getByRole('checkbox', { name: 'Stop by stop' }).click();
		expect(playback.mode).toBe('stops');
		await page.getByRole('button', { name: 'Previous stop' }).click();
		await page.getByRole('button', { name: 'Next stop' }).click();
		await page.getByRole('checkbox', { name: 'Follow' }).click();
		await page.getByRole('button', { name: 'Fit journey' }).click();
		expect(calls.onprevious).toHaveBeenCalledOnce();
		expect(calls.onnext).toHaveBeenCalledOnce();
		expect(calls.onfollowchange).toHaveBeenCalledWith(false);
		expect(calls.onfit).toHaveBeenCalledOnce();
	});

	it('says it fits the journeys when more than one is drawn', async () => {
		const playback = new Playback(timing);
		const noop = () => {};
		await render(PlaybackControls, {
			playback,
			follow: true,
			onprevious: noop,
			onnext: noop,
			onfollowchange: noop,
			onfit: noop,
			journeysShown: 2
		});
		await expect.element(page.getByRole('button', { name: 'Fit journeys' })).toBeVisible();
	});
});
