import { describe, expect, it } from 'vitest';
import { legLength, legLengthsIn } from './leg-length';
import { KM_PER_MI } from '$lib/journey/distance-units';

describe('a leg’s length, drawn and counted', () => {
	it('gives the drawn length alone where no published length scales it', () => {
		expect(legLength({ drawnKm: 812.4 }, 'km')).toEqual({ drawn: '812 km', scaledBy: [] });
		expect(
			legLength({ drawnKm: 812.4, lengthKm: 812.4, scaledBy: [] }, 'km').counted
		).toBeUndefined();
	});

	it('shows both, with the change, where published section lengths scale it', () => {
		const text = legLength({ drawnKm: 800, lengthKm: 832.8, scaledBy: ['R13e', 'R14b'] }, 'km');
		expect(text).toEqual({
			drawn: '800 km',
			counted: '833 km (+4.1%)',
			scaledBy: ['R13e', 'R14b']
		});
		expect(legLength({ drawnKm: 100, lengthKm: 96, scaledBy: ['R08'] }, 'km').counted).toBe(
			'96 km (−4.0%)'
		);
	});

	it('writes the reader’s unit', () => {
		const text = legLength(
			{ drawnKm: 200 * KM_PER_MI, lengthKm: 210 * KM_PER_MI, scaledBy: ['X'] },
			'mi'
		);
		expect(text.drawn).toBe('200 mi');
		expect(text.counted).toBe('210 mi (+5.0%)');
	});

	it('ignores a scale that changes nothing worth showing', () => {
		expect(
			legLength({ drawnKm: 50, lengthKm: 50.01, scaledBy: ['R02a'] }, 'km').counted
		).toBeUndefined();
	});
});

describe('a leg’s lengths from the distances view', () => {
	const view = {
		journeys: [
			{
				id: 'train',
				legs: [
					{
						id: 'a',
						trip: 1,
						mode: 'rail' as const,
						drawnKm: 10,
						lengthKm: 11,
						greatCircleKm: 9,
						scaledBy: ['R1']
					}
				]
			}
		]
	} as Parameters<typeof legLengthsIn>[0];

	it('takes drawn and counted from the view once loaded', () => {
		expect(legLengthsIn(view, 'train', 'a', 9.99)).toEqual({
			drawnKm: 10,
			lengthKm: 11,
			scaledBy: ['R1']
		});
	});

	it('falls back to the drawn length the page has, before it loads or for a leg it lacks', () => {
		expect(legLengthsIn(null, 'train', 'a', 9.99)).toEqual({ drawnKm: 9.99 });
		expect(legLengthsIn(view, 'exile', 'a', 5)).toEqual({ drawnKm: 5 });
	});
});
