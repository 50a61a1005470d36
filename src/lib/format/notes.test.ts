import { describe, expect, it } from 'vitest';
import { disagreementsFirst, FOLD_NOTES_OVER, foldNotes, notesLabel } from './notes';

const note = (kind: 'disagreement' | 'caution' | 'seed', text = 'x') => ({
	kind,
	text,
	sources: []
});

describe('notes for readers', () => {
	it('puts disagreements first and keeps the others in their order', () => {
		const notes = [
			note('caution', 'a'),
			note('disagreement', 'b'),
			note('seed', 'c'),
			note('disagreement', 'd')
		];
		expect(disagreementsFirst(notes).map((n) => n.text)).toEqual(['b', 'd', 'a', 'c']);
	});

	it('folds notes only when they are long', () => {
		expect(foldNotes([note('caution', 'short')])).toBe(false);
		expect(foldNotes([note('caution', 'x'.repeat(FOLD_NOTES_OVER + 1))])).toBe(true);
		const half = 'x'.repeat(FOLD_NOTES_OVER / 2 + 1);
		expect(foldNotes([note('caution', half), note('caution', half)])).toBe(true);
	});

	it('says on the fold how many notes there are and whether sources disagree', () => {
		expect(notesLabel([note('caution'), note('seed')])).toBe('Notes (2)');
		expect(notesLabel([note('caution'), note('disagreement')])).toBe('Notes (2; sources disagree)');
	});
});
