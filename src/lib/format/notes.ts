import type { Note } from '$lib/journey/schema';

/** How a note is introduced to the reader, by its kind. */
export const NOTE_KIND: Record<Note['kind'], string> = {
	disagreement: 'Sources disagree',
	seed: 'The seed entry differs',
	caution: 'Note'
};
