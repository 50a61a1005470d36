import { describe, expect, it } from 'vitest';
import { GEOJSON_WORDING } from './feature-wording';
import { readTrack } from './read-track';

describe('readTrack', () => {
	it('is dated by the first and last times on its points, across its lines, blanks passed over', () => {
		const lines = [
			[
				[30, 50],
				[30.1, 50.1]
			],
			[
				[30.2, 50.2],
				[30.3, 50.3]
			]
		];
		const times = [
			['', '1925-06-01T10:00:00Z'],
			['1925-06-03T09:00:00Z', ' ']
		];
		const read = readTrack(
			'MultiLineString',
			lines,
			{ coordinateProperties: { times } },
			'track #1',
			GEOJSON_WORDING
		);
		expect(read.ok && read.value.start.date).toBe('1925-06-01');
		expect(read.ok && read.value.end.date).toBe('1925-06-03');
		expect(read.ok && read.value.coords).toHaveLength(4);
	});

	it('falls back to its date properties when its points have no times', () => {
		const read = readTrack(
			'LineString',
			[
				[30, 50],
				[31, 51]
			],
			{ date: '1925-06-01', end: '1925-06-02', coordinateProperties: { times: [[], ['']] } },
			'track #1',
			GEOJSON_WORDING
		);
		expect(read.ok && read.value.start.date).toBe('1925-06-01');
		expect(read.ok && read.value.end.date).toBe('1925-06-02');
	});
});
