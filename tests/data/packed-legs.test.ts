// The flagship legs survive the page's packed wire form (src/lib/data/packed-lines.ts): same vertices,
// each within 8 m (half a 1e-4 step in both axes), lengths within 0.05%, and well under half the gzip of the plain legs.
import { gzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { distance, length } from '@turf/turf';
import { formatGeodataIssue, parseGeodata } from '../../src/lib/journey/geodata';
import { packJourneys, unpackJourneys } from '../../src/lib/data/packed-lines';
import { readGeodataFiles } from '../../scripts/lib/read-geodata-files';

const root = fileURLToPath(new URL('../..', import.meta.url));
const result = parseGeodata(readGeodataFiles(root));

describe('packed flagship legs', () => {
	it('round-trip every leg to within 8 m per vertex and 0.05% in length, in under half the gzip', () => {
		if (!result.ok) throw new Error(result.issues.map(formatGeodataIssue).join('\n'));
		const { journeys } = result.data;
		const packed = packJourneys(journeys);
		const back = unpackJourneys(JSON.parse(JSON.stringify(packed)));
		let vertices = 0;
		for (const [j, journey] of journeys.entries()) {
			for (const [l, leg] of journey.legs.entries()) {
				const after = back[j]?.legs[l];
				expect(after?.properties).toEqual(leg.properties);
				const a = leg.geometry.coordinates;
				const b = after?.geometry.coordinates ?? [];
				expect(b).toHaveLength(a.length);
				a.forEach((c, i) => {
					const m = distance(c, b[i] ?? [0, 0], { units: 'meters' });
					expect(m, `${leg.properties.id} vertex ${i}`).toBeLessThan(8);
				});
				const km = length(leg, { units: 'kilometers' });
				const kmAfter = after ? length(after, { units: 'kilometers' }) : 0;
				expect(Math.abs(kmAfter - km)).toBeLessThanOrEqual(Math.max(km * 5e-4, 0.01));
				vertices += a.length;
			}
		}
		expect(vertices).toBeGreaterThan(1000);
		const plain = gzipSync(JSON.stringify(journeys.map((j) => j.legs))).length;
		const wire = gzipSync(
			JSON.stringify({ pool: packed.pool, legs: packed.journeys.map((j) => j.legs) })
		).length;
		expect(wire).toBeLessThan(plain / 2);
	});
});
