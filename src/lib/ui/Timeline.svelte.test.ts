import { beforeAll, describe, expect, it, vi } from 'vitest';
import { page } from 'vitest/browser';
import { render } from 'vitest-browser-svelte';
import Timeline from './Timeline.svelte';
import { dayNumber } from '$lib/journey/days';
import { tinyJourney } from '$lib/journey/fixtures/tiny-geodata';
import { markFirstViewDrawn } from '$lib/data/first-drawn';

const meta = tinyJourney().meta;
const startDay = dayNumber('1919-02-01');
const endDay = dayNumber('1919-07-01');
const props = (over = {}) => ({
	tDay: startDay,
	startDay,
	endDay,
	trips: meta.trips,
	unplaced: [],
	onseek: () => {},
	...over
});

describe('Timeline', () => {
	// The trip bands and the axis (TimelineMarks) load once the first view is drawn.
	beforeAll(markFirstViewDrawn);

	it('marks each trip inside the slider, at its place in time', async () => {
		const screen = await render(Timeline, props());
		const slider = page.getByRole('slider', { name: 'Timeline' });
		await expect.element(slider).toHaveAttribute('min', String(startDay));
		await expect.poll(() => screen.container.querySelectorAll('.trip').length).toBe(3);
		const marks = screen.container.querySelectorAll<HTMLElement>('.trip');
		const track = screen.container.querySelector<HTMLElement>('.marks')!.getBoundingClientRect();
		for (const mark of marks) {
			const r = mark.getBoundingClientRect();
			expect(r.left).toBeGreaterThanOrEqual(track.left - 0.5);
			expect(r.right).toBeLessThanOrEqual(track.right + 0.5);
		}
		// Trip 2 (1 Mar) starts later than trip 1 (1 Feb).
		expect(marks[1]!.getBoundingClientRect().left).toBeGreaterThan(
			marks[0]!.getBoundingClientRect().left
		);
	});

	it('redraws its marks for another journey’s time range', async () => {
		const screen = await render(Timeline, props());
		await expect.poll(() => screen.container.querySelector('.trip')).not.toBeNull();
		const first = screen.container.querySelector<HTMLElement>('.trip')!.style.left;
		await screen.rerender({ startDay: startDay - 365, endDay });
		expect(screen.container.querySelector<HTMLElement>('.trip')!.style.left).not.toBe(first);
		await expect
			.element(page.getByRole('slider', { name: 'Timeline' }))
			.toHaveAttribute('min', String(startDay - 365));
	});

	it('seeks the clock when the reader moves the slider, and names the date for screen readers', async () => {
		const onseek = vi.fn();
		await render(Timeline, props({ onseek }));
		const slider = page.getByRole('slider', { name: 'Timeline' });
		await expect.element(slider).toHaveAttribute('aria-valuetext', '1 February 1919');
		await slider.fill(String(startDay + 30));
		expect(onseek).toHaveBeenCalledWith(startDay + 30);
	});
});
