import { describe, expect, it } from 'vitest';
import { boundsOf, durationMs, fitPadding, initialPadding, insideMiddle } from './camera';
import type { JourneyIndex } from '$lib/journey/journey-index';

const indexOf = (points: [number, number][]) =>
	({
		lng: Float64Array.from(points, (p) => p[0]),
		lat: Float64Array.from(points, (p) => p[1])
	}) as JourneyIndex;

describe('camera', () => {
	it('bounds every vertex of every journey shown', () => {
		const a = indexOf([
			[37.6, 55.7],
			[49.1, 55.8]
		]);
		const b = indexOf([[-99.1, 19.3]]);
		expect(boundsOf([a])).toEqual([
			[37.6, 55.7],
			[49.1, 55.8]
		]);
		expect(boundsOf([a, b])).toEqual([
			[-99.1, 19.3],
			[49.1, 55.8]
		]);
		expect(boundsOf([indexOf([])])).toBeNull();
	});

	it('keeps the marker in the middle 60% of the view', () => {
		expect(insideMiddle(500, 400, 1000, 800)).toBe(true);
		expect(insideMiddle(150, 400, 1000, 800)).toBe(false);
		expect(insideMiddle(500, 700, 1000, 800)).toBe(false);
	});

	it('does not animate for readers who prefer reduced motion', () => {
		expect(durationMs('fly', true)).toBe(0);
		expect(durationMs('fly', false)).toBeGreaterThan(durationMs('follow', false));
	});
});

describe('fitPadding', () => {
	it('keeps a tenth of the width at each side, between 40 and 90 px', () => {
		expect(fitPadding(390)).toEqual({ top: 40, right: 40, bottom: 40, left: 40 });
		expect(fitPadding(600)).toMatchObject({ right: 60, left: 60 });
		expect(fitPadding(1440)).toMatchObject({ right: 90, left: 90 });
	});

	it('keeps the top clear of the card over the map, with room to spare', () => {
		expect(fitPadding(864, 130)).toEqual({ top: 146, right: 86, bottom: 40, left: 86 });
		// A card that reaches only a little way down leaves the usual 40 px.
		expect(fitPadding(864, 10).top).toBe(40);
	});
});

describe('initialPadding', () => {
	it('keeps 20 px at each side, and the top clear of the card over the map', () => {
		expect(initialPadding()).toEqual({ top: 20, right: 20, bottom: 20, left: 20 });
		expect(initialPadding(130)).toEqual({ top: 138, right: 20, bottom: 20, left: 20 });
	});
});
