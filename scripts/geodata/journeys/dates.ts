/**
 * Dates of stops: read from a row's cells, and completed from the neighbouring stops where the
 * research gives only the days a document places Trotsky somewhere (`present_from`/`present_to`).
 */
import { historicalDateSchema, type HistoricalDate } from '../../../src/lib/journey/schema';
import { checked, text, type Row } from './cells';
import type { Problems } from './problems';
import type { StopRow } from './stop-row';

/** `arrive` or `depart` with its `_precision`, `_earliest`, `_latest`, `_note` cells. */
export function dateCells(
	row: Row,
	prefix: 'arrive' | 'depart',
	where: string,
	problems: Problems
): HistoricalDate | undefined {
	const date = text(row, prefix);
	const [precision, earliest, latest, note] = ['precision', 'earliest', 'latest', 'note'].map(
		(part) => text(row, `${prefix}_${part}`)
	);
	if (date === undefined) {
		if (precision ?? earliest ?? latest ?? note)
			problems.add(where, `${prefix}_… set without ${prefix}`);
		return undefined;
	}
	const value = {
		date,
		precision: precision ?? 'day',
		...(earliest && { earliest }),
		...(latest && { latest }),
		...(note && { note })
	};
	return checked(historicalDateSchema, value, `${where} ${prefix}`, problems);
}

/** A date known to lie in [earliest, latest]; a window of one day is simply that day. */
function within(
	date: string,
	earliest: string | undefined,
	latest: string | undefined,
	note?: string
) {
	const base: HistoricalDate =
		earliest === date && latest === date
			? { date, precision: 'day' }
			: {
					date,
					precision: 'approx',
					...(earliest && { earliest }),
					...(latest && { latest })
				};
	return note ? { ...base, note } : base;
}

const low = (d: HistoricalDate | undefined) => d?.earliest ?? d?.date;
const high = (d: HistoricalDate | undefined) => d?.latest ?? d?.date;

/**
 * Arrive and depart of one trip's stops. A stop known only by the days it is documented arrives on
 * its first such day, no earlier than the previous stop's departure. With `boundDepartures` (the
 * train), a stop after the first without a departure leaves on its last known day, no later than
 * the next stop's arrival; the exile's research dates every departure it means.
 */
export function tripDates(
	stops: readonly StopRow[],
	boundDepartures: boolean
): { arrive?: HistoricalDate; depart?: HistoricalDate }[] {
	const out: { arrive?: HistoricalDate; depart?: HistoricalDate }[] = [];
	stops.forEach((stop, i) => {
		let { arrive, depart } = stop;
		const previous = out[i - 1];
		if (stop.present && !arrive) {
			const first = stop.present.from;
			const earliest = previous ? low(previous.depart ?? previous.arrive) : first;
			arrive = within(
				first,
				earliest,
				first,
				earliest === first
					? undefined
					: `Documented here on ${first}; the arrival day is not recorded (on or before).`
			);
		}
		const next = stops[i + 1];
		if (boundDepartures && !depart && next && i > 0) {
			const last = stop.present ? (stop.present.to ?? stop.present.from) : arrive?.date;
			const latest = high(
				next.arrive ?? (next.present ? { date: next.present.from, precision: 'day' } : next.depart)
			);
			if (last !== undefined) {
				depart = within(
					last,
					last,
					latest,
					latest === last
						? undefined
						: `Documented here until ${last}; the departure day is not recorded (by ${latest}).`
				);
			}
		}
		out.push({ ...(arrive && { arrive }), ...(depart && { depart }) });
	});
	return out;
}
