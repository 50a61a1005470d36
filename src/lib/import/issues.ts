/**
 * What the importer says about a file: every problem names the file, where in it (a row, a feature,
 * a track), the column or property, what is wrong and how to fix it. Problems come back as values;
 * nothing the importer does throws on bad input.
 */

export interface ImportIssue {
	/** The file's name as the reader gave it. */
	file: string;
	/** Where in the file: `row 4`, `feature #3 "Kazan"`, `track "Day 1"`. */
	where?: string;
	/** The column, property or JSON path: `date`, `geometry.coordinates`. */
	field?: string;
	/** What is wrong and how to fix it, as one sentence for the reader. */
	message: string;
	/**
	 * True when the problem is confined to one row or feature: the rest of the file can still be
	 * imported without it, if the reader agrees.
	 */
	skippable?: boolean;
}

/** One line per issue: `trip.csv › row 4 › date: …`. */
export function formatImportIssue(issue: ImportIssue): string {
	const where = [issue.file, issue.where, issue.field].filter(Boolean).join(' › ');
	return `${where}: ${issue.message}`;
}

/** Quotes a value from the file for a message, short and on one line. */
export function quote(value: unknown, max = 40): string {
	let text: string;
	if (typeof value === 'string') text = value;
	else if (value === undefined) text = 'nothing';
	else {
		try {
			text = JSON.stringify(value) ?? String(value);
		} catch {
			text = String(value);
		}
	}
	// eslint-disable-next-line no-control-regex -- control characters are what we strip
	const oneLine = text.replace(/[\u0000-\u001f\u007f]+/g, ' ');
	return `"${oneLine.length > max ? `${oneLine.slice(0, max)}…` : oneLine}"`;
}
