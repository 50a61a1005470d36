/**
 * The control research tables in geodata/src/control/ read into timelines: `control.csv` has one
 * row per change of holder (rows of a place in date order), `places.csv` the few places the control
 * data needs that the journeys' gazetteer does not have.
 */
import type { ControlChange, LngLat } from '../../../src/lib/journey/schema';
import { HOLDERS } from '../../../src/lib/journey/schema-control';
import { readCsv, round5 } from '../lib/io';
import { list, num, oneOf, optional } from '../lib/table';

const DIR = 'geodata/src/control';
const PRECISIONS = ['day', 'month', 'approx', 'before'] as const;
const GRADES = ['documented', 'probable', 'reconstructed'] as const;

type ControlRow = {
	place: string;
	date: string;
	precision: string;
	earliest: string;
	latest: string;
	holder: string;
	army: string;
	grade: string;
	sources: string;
	reasoning: string;
	disagreement: string;
};
type ExtraPlaceRow = {
	id: string;
	name: string;
	modern_name: string;
	lat: string;
	lon: string;
	coord_source: string;
};

export interface ExtraPlace {
	name: string;
	modernName: string;
	coordinates: LngLat;
	coordSource: string;
}

export function readControlTables(problems: string[]): {
	timelines: Map<string, ControlChange[]>;
	extraPlaces: Map<string, ExtraPlace>;
} {
	const timelines = new Map<string, ControlChange[]>();
	readCsv<ControlRow>(`${DIR}/control.csv`).forEach((r, i) => {
		const where = `${DIR}/control.csv row ${i + 2} (${r.place})`;
		try {
			const change = controlChange(r, where);
			const timeline = timelines.get(r.place);
			if (timeline) timeline.push(change);
			else timelines.set(r.place, [change]);
		} catch (error) {
			problems.push((error as Error).message);
		}
	});
	const extraPlaces = new Map<string, ExtraPlace>();
	readCsv<ExtraPlaceRow>(`${DIR}/places.csv`).forEach((r, i) => {
		const where = `${DIR}/places.csv row ${i + 2} (${r.id})`;
		try {
			extraPlaces.set(r.id, {
				name: r.name,
				modernName: r.modern_name,
				coordinates: [round5(num(r.lon, where)), round5(num(r.lat, where))],
				coordSource: r.coord_source
			});
		} catch (error) {
			problems.push((error as Error).message);
		}
	});
	return { timelines, extraPlaces };
}

function controlChange(r: ControlRow, where: string): ControlChange {
	const sources = list(r.sources);
	const earliest = optional(r.earliest);
	const latest = optional(r.latest);
	const army = optional(r.army);
	const reasoning = optional(r.reasoning);
	const disagreement = optional(r.disagreement);
	return {
		since: {
			date: r.date,
			precision: oneOf(r.precision, PRECISIONS, `${where} precision`),
			...(earliest && { earliest }),
			...(latest && { latest })
		},
		holder: oneOf(r.holder, HOLDERS, `${where} holder`),
		...(army && { army }),
		grade: oneOf(r.grade, GRADES, `${where} grade`),
		...(reasoning && { reasoning }),
		sources,
		// The row's sources are the ones that disagree; the note says how.
		...(disagreement && { notes: [{ kind: 'disagreement' as const, text: disagreement, sources }] })
	};
}
