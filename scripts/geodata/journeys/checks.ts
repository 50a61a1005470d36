/**
 * The built files checked against the core's schemas before anything is written, and every source
 * id cited anywhere in them looked up in geodata/sources.json: a bad row stops the build, not the
 * validator afterwards.
 */
import {
	journeyMetaSchema,
	legFeatureSchema,
	stopFeatureSchema,
	type JourneyMeta,
	type LegFeature,
	type StopFeature
} from '../../../src/lib/journey/schema';
import { checked } from './cells';
import type { Problems } from './problems';

export function checkBuilt(
	built: { journey: JourneyMeta; stops: readonly StopFeature[]; legs: readonly LegFeature[] },
	sourceIds: ReadonlySet<string>,
	problems: Problems
): void {
	checked(journeyMetaSchema, built.journey, 'journey.json', problems);
	for (const stop of built.stops) checked(stopFeatureSchema, stop, stop.id, problems);
	for (const leg of built.legs) checked(legFeatureSchema, leg, leg.id, problems);
	const cite = (value: unknown, where: string): void => {
		if (Array.isArray(value)) value.forEach((v) => cite(v, where));
		else if (value && typeof value === 'object') {
			for (const [key, v] of Object.entries(value)) {
				if (key === 'sources' && Array.isArray(v)) {
					for (const id of v)
						if (!sourceIds.has(id)) problems.add(where, `source "${id}" is not in sources.json`);
				} else cite(v, where);
			}
		}
	};
	cite(built.journey, 'journey.json');
	for (const f of [...built.stops, ...built.legs]) cite(f.properties, f.id);
}
