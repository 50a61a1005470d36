/**
 * Traced lanes: sea lanes and rail traces off the period network, drawn as shape points between two
 * ports or stations. A lane (lanes.csv) is a list of named stretches (stretches.geojson), so the same
 * water, the Bosporus or the Strait of Messina, is drawn the same way by every lane that crosses it.
 * `reversed:<stretch>` runs a stretch backwards.
 */
import { existsSync } from 'node:fs';
import { z } from 'zod';
import { lngLatSchema, modeSchema, type LngLat, type Mode } from '../../../src/lib/journey/schema';
import { readJson, repoPath } from '../lib/io';
import { checked, list, required, rows, text } from './cells';
import type { Problems } from './problems';

export interface Lane {
	mode: Mode;
	/** Shape points between the two ends (the ends are the stops' places). */
	coordinates: LngLat[];
}

const stretchesSchema = z.object({
	features: z.array(
		z.object({
			id: z.string().min(1),
			geometry: z.object({ type: z.literal('LineString'), coordinates: z.array(lngLatSchema) })
		})
	)
});

/** Lanes by id (`from>to` place ids); none when the journey has no lanes.csv. */
export function readLanes(journey: string, problems: Problems): Map<string, Lane> {
	const lanes = new Map<string, Lane>();
	const dir = `geodata/src/${journey}`;
	if (!existsSync(repoPath(`${dir}/lanes.csv`))) return lanes;
	const fc = checked(
		stretchesSchema,
		readJson(`${dir}/stretches.geojson`),
		'stretches.geojson',
		problems
	);
	const stretches = new Map(fc?.features.map((f) => [f.id, f.geometry.coordinates]));
	for (const [row, where] of rows(journey, 'lanes.csv')) {
		const id = required(row, 'lane', where, problems);
		const mode = checked(modeSchema, text(row, 'mode'), `${where} mode`, problems) ?? 'sea';
		const coordinates = list(row, 'stretches').flatMap((name) => {
			const reversed = name.startsWith('reversed:');
			const points = stretches.get(reversed ? name.slice('reversed:'.length) : name);
			if (!points) problems.add(where, `no stretch "${name}" in stretches.geojson`);
			return reversed ? [...(points ?? [])].reverse() : (points ?? []);
		});
		lanes.set(id, { mode, coordinates });
	}
	return lanes;
}

/** The lane from `from` to `to`, or the lane the other way round, reversed. */
export function laneBetween(
	lanes: ReadonlyMap<string, Lane>,
	from: string,
	to: string
): Lane | undefined {
	const there = lanes.get(`${from}>${to}`);
	if (there) return there;
	const back = lanes.get(`${to}>${from}`);
	return back && { ...back, coordinates: [...back.coordinates].reverse() };
}
