// notes.csv: the notes on trips, stops and legs, one row per note.
import { noteSchema, type Note } from '../../../src/lib/journey/schema';
import { checked, list, rows, text } from './cells';
import type { Problems } from './problems';

/**
 * Notes by target, `stop <stop id>`, `leg <leg id>` or `trip <number>`, in table order, with the
 * line of the target's first note. The build takes each target's notes as it builds the target;
 * what is left names something that does not exist.
 */
export type Notes = Map<string, { where: string; notes: Note[] }>;

export function takeNotes(notes: Notes, target: string): Note[] | undefined {
	const entry = notes.get(target);
	notes.delete(target);
	return entry?.notes;
}

export function readNotes(journey: string, problems: Problems): Notes {
	const notes: Notes = new Map();
	for (const [row, where] of rows(journey, 'notes.csv')) {
		const target = `${text(row, 'on')} ${text(row, 'id')}`;
		const note = {
			kind: text(row, 'kind'),
			text: text(row, 'text'),
			sources: list(row, 'sources')
		};
		const valid = checked(noteSchema, note, where, problems);
		const entry = notes.get(target) ?? { where, notes: [] };
		if (valid) notes.set(target, { ...entry, notes: [...entry.notes, valid] });
	}
	return notes;
}
