// The km figures the build writes into leg notes (scripts/geodata/journeys/note-figures.ts), on the
// tiny made-up world: the leg's own length, another reading's route with every line open, and the
// difference, which stops the build when the note's words no longer fit it.
import { describe, expect, it } from 'vitest';
import { planLegs } from '../../scripts/geodata/journeys/legs';
import { fillNoteFigures } from '../../scripts/geodata/journeys/note-figures';
import type { Notes } from '../../scripts/geodata/journeys/notes';
import { Problems } from '../../scripts/geodata/journeys/problems';
import { routeRailLegs } from '../../scripts/geodata/journeys/route';
import { lineLengthKm } from '../../src/lib/journey/distance';
import { formatDistance } from '../../src/lib/format/distance-format';
import { createRailRouter } from '../../src/lib/journey/routing';
import type { StopFeature } from '../../src/lib/journey/schema';
import { TINY_PLACES, tinyGeodata } from '../../src/lib/journey/fixtures/tiny-geodata';

function stop(place: string, date: string): StopFeature {
	const id = `${date}-${place}`;
	return {
		type: 'Feature',
		id,
		geometry: { type: 'Point', coordinates: TINY_PLACES[place] ?? [0, 0] },
		properties: {
			id,
			place,
			trip: 1,
			depart: { date, precision: 'day' },
			summary: 's',
			grade: 'documented',
			sources: ['src-a']
		}
	};
}

/** A leg alpha → delta in August 1920 (every line open: by the cut-off alpha–gamma) with one note. */
function noteOnLeg(text: string) {
	const { network, places } = tinyGeodata();
	const coordOf = new Map(places.map((p) => [p.id, p.geometry.coordinates as [number, number]]));
	const notes: Notes = new Map([
		[
			'leg t01-alpha-delta',
			{ where: 'notes.csv:2', notes: [{ kind: 'disagreement', text, sources: ['src-a'] }] }
		]
	]);
	const problems = new Problems();
	const stops = [stop('alpha', '1920-08-01'), stop('delta', '1920-08-02')];
	const legs = planLegs(stops, [], { coordOf, lanes: new Map(), notes, problems });
	const router = createRailRouter(network, places);
	const sectionById = new Map(network.map((s) => [s.id, s]));
	routeRailLegs(legs, { router, sectionById, coordOf, sourceIds: new Set(['src-a']) });
	fillNoteFigures(legs, { router, network, problems });
	return { note: legs[0]?.feature.properties.notes?.[0]?.text, problems: problems.messages };
}

const km = (coordinates: [number, number][]) => formatDistance(lineLengthKm(coordinates), 'km');
const drawn = km([
	[0, 0],
	[1, 0],
	[2, 0],
	[3, 0]
]);
const byBeta = km([
	[0, 0],
	[1, 1],
	[2, 0],
	[3, 0]
]);

describe('km figures in leg notes', () => {
	it('writes the leg, the other route and how much longer it is', () => {
		const { note, problems } = noteOnLeg(
			'Drawn {km}; by beta {km via beta}, {km more via beta} more.'
		);
		const longer =
			lineLengthKm([
				[0, 0],
				[1, 1],
				[2, 0]
			]) -
			lineLengthKm([
				[0, 0],
				[2, 0]
			]);
		expect(note).toBe(`Drawn ${drawn}; by beta ${byBeta}, ${formatDistance(longer, 'km')} more.`);
		expect(problems).toEqual([]);
	});

	it('stops the build when the other route is not shorter as the note says', () => {
		const { problems } = noteOnLeg('{km less via beta} shorter.');
		expect(problems).toEqual([
			expect.stringMatching(
				/^notes\.csv \(leg t01-alpha-delta\): \{km less via beta\}: .* is not shorter/
			)
		]);
	});

	it('names a route the network cannot give', () => {
		const { problems } = noteOnLeg('{km via omega}');
		expect(problems).toEqual([expect.stringMatching(/\{km via omega\}: "omega" is not a station/)]);
	});
});
