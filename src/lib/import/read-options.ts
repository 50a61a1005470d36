/** What the reader may ask of a second reading of the same file, after seeing how the first went. */
import type { DateOrder } from './date-forms';

export interface ReadOptions {
	/** A TextDecoder label: the encoding the reader picked when the names looked wrong. */
	encoding?: string;
	/** How to read `03/04/1918`: day first or month first. */
	dates?: DateOrder;
	/** Read latitude as longitude and the other way round, for the whole file. */
	swap?: boolean;
}
