/**
 * The domain's composite types: a journey (its meta, stops and legs), the whole validated data set,
 * and a validation problem. The feature and property types they are made of come from the schemas
 * (schema.ts), which are their single definition.
 */
import type {
	ControlFeature,
	JourneyMeta,
	LegFeature,
	PlaceFeature,
	RailSectionFeature,
	Source,
	StopFeature
} from './schema';

export interface GeodataIssue {
	file: string;
	/** The feature or entry id, when the problem is inside one. */
	feature?: string;
	/** JSON path inside the feature/entry, e.g. `properties.arrive.date`. */
	path?: string;
	message: string;
}

export interface Journey {
	meta: JourneyMeta;
	stops: StopFeature[];
	legs: LegFeature[];
}

export interface Geodata {
	sources: Source[];
	places: PlaceFeature[];
	network: RailSectionFeature[];
	journeys: Journey[];
	/** Who held what, when (geodata/control/control.geojson); empty when the file is absent. */
	control?: ControlFeature[];
}

export type GeodataResult = { ok: true; data: Geodata } | { ok: false; issues: GeodataIssue[] };
