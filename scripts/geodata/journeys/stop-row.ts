/** A stop as read from stops.csv, before its dates are completed (dates.ts) and it becomes a feature. */
import type { Grade, HistoricalDate } from '../../../src/lib/journey/schema';

export interface StopRow {
	where: string;
	trip: number;
	place: string;
	arrive?: HistoricalDate;
	depart?: HistoricalDate;
	/** The days a document places Trotsky here, when arrive/depart are to be derived from them. */
	present?: { from: string; to?: string };
	passThrough: boolean;
	grade: Grade;
	summary: string;
	reasoning?: string;
	sources: string[];
}
