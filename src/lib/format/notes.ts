import type { Note } from '$lib/journey/schema';

/** How a note is introduced to the reader, by its kind. */
export const NOTE_KIND: Record<Note['kind'], string> = {
	disagreement: 'Sources disagree',
	seed: 'The seed entry differs',
	caution: 'Note'
};

/** Where sources disagree the reader must see it first: disagreements lead, the rest keep their order. */
export function disagreementsFirst<N extends Pick<Note, 'kind'>>(notes: readonly N[]): N[] {
	return [
		...notes.filter((n) => n.kind === 'disagreement'),
		...notes.filter((n) => n.kind !== 'disagreement')
	];
}

/** Notes longer than this in all (characters) fold behind a "Notes (n)" disclosure. */
export const FOLD_NOTES_OVER = 240;

/**
 * Whether a list of notes folds: a short one reads in place, longer ones would push what follows (the
 * stops of a trip) out of sight.
 */
export function foldNotes(notes: readonly Pick<Note, 'text'>[]): boolean {
	return notes.reduce((n, note) => n + note.text.length, 0) > FOLD_NOTES_OVER;
}

/** The folded notes' label: `Notes (3)`, `Notes (3; sources disagree)`, so a fold hides no dispute. */
export function notesLabel(notes: readonly Pick<Note, 'kind'>[]): string {
	const disputed = notes.some((n) => n.kind === 'disagreement');
	return `Notes (${notes.length}${disputed ? '; sources disagree' : ''})`;
}
