// The first view counts what the Distances panel counts: every leg of the real data carries the
// length the distances view computes from the network (published section lengths applied), so the
// headline's total and its "so far" agree with the panel without loading the network.
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { formatGeodataIssue, parseGeodata } from '../../src/lib/journey/geodata';
import { buildLegDistances } from '../../src/lib/journey/distance';
import { buildDistanceView } from '../../src/lib/journey/distance-view';
import { journeyHeadline } from '../../src/lib/journey/headline';
import { buildJourneyIndex } from '../../src/lib/journey/journey-index';
import { positionAt } from '../../src/lib/journey/position';
import { readGeodataFiles } from '../../scripts/lib/read-geodata-files';

const root = fileURLToPath(new URL('../..', import.meta.url));
const result = parseGeodata(readGeodataFiles(root));
if (!result.ok) throw new Error(result.issues.map(formatGeodataIssue).join('\n'));
const data = result.data;
const view = buildDistanceView(data);

describe.each(data.journeys.map((j) => [j.meta.id, j] as const))('%s', (_id, journey) => {
	it('each leg carries the length the distances view counts, to the metre', () => {
		const computed = buildLegDistances(journey, data.network);
		expect(computed.length).toBe(journey.legs.length);
		computed.forEach((d, i) => {
			const carried = journey.legs[i]?.properties.lengthKm;
			expect(carried, d.id).toBeDefined();
			expect(Math.abs((carried ?? 0) - d.lengthKm), d.id).toBeLessThan(0.001);
		});
	});

	it('the headline’s total is the Distances panel’s, and the journey ends having travelled it', () => {
		const index = buildJourneyIndex(journey);
		const panelKm = view.journeys.find((j) => j.id === journey.meta.id)?.lengthKm;
		expect(panelKm).toBeGreaterThan(0);
		const headline = journeyHeadline(journey, index);
		expect(Math.abs(headline.totalKm - (panelKm ?? 0))).toBeLessThan(0.5);
		expect(positionAt(index, index.endDay).km).toBeCloseTo(headline.totalKm, 6);
		// Where a published length differs from the drawn line, the two totals really differ.
		const drawnKm = view.journeys.find((j) => j.id === journey.meta.id)?.drawnKm ?? 0;
		if (journey.meta.id === 'train')
			expect(Math.abs(drawnKm - headline.totalKm)).toBeGreaterThan(100);
	});
});
