/**
 * How a file was read, told to the reader with the result: its text encoding, the date forms and
 * decimal commas met, the order slash dates were read in (asked when the file leaves it open), and an
 * offer to swap latitude and longitude when the file as written is implausible and swapped is not.
 */
import type { EncodingHow } from './decode';
import type { DraftReading } from './draft';

export interface ImportReading extends Partial<DraftReading> {
	encoding?: { name: string; how: EncodingHow };
	/** Latitude and longitude were read the other way round, as the reader asked. */
	swapped?: boolean;
	/** Why swapping latitude and longitude would make the file plausible (offered, not done). */
	swapOffer?: string;
	/** SHA-256 of the file's bytes, to notice a file imported before. */
	hash?: string;
}

const ISO_FORMS = new Set(['YYYY-MM-DD', 'YYYY-MM', 'YYYY']);

/** Sentences for the reader: `Dates read as DD.MM.YYYY.` */
export function describeReading(r: ImportReading): string[] {
	const notes: string[] = [];
	// ISO dates need no word; any other form does, since it could have been read otherwise.
	if (r.dateForms?.some((f) => !ISO_FORMS.has(f))) {
		notes.push(`Dates read as ${r.dateForms.join(', ')}.`);
	}
	if (r.decimalComma) notes.push('Decimal commas read as decimal points (55,7558 is 55.7558).');
	if (r.dateForms?.some((f) => f.includes('Old Style'))) {
		notes.push(
			'Old Style (Julian) dates converted to the Gregorian calendar; each stop keeps the date as written.'
		);
	}
	if (r.swapped) notes.push('Latitude and longitude were swapped, as you asked.');
	return notes;
}
