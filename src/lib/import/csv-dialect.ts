/**
 * How a CSV writes its dates, settled over the whole date column before any row is read: slash
 * dates are day first (`17/09/1918`) or month first (`09/17/1918`), and one unambiguous row decides
 * for all. When no row decides (`03/04/1918` only), day first is used and the reader is asked.
 */
import { isAmbiguousSlashDate, slashOrderOf, type DateOrder } from './date-forms';

export function dateOrderOf(
	cells: readonly unknown[],
	asked?: DateOrder
): { used: DateOrder; ambiguous: boolean } | undefined {
	let dmy = 0;
	let mdy = 0;
	let open = 0;
	for (const cell of cells) {
		if (typeof cell !== 'string') continue;
		const forced = slashOrderOf(cell);
		if (forced === 'dmy') dmy++;
		else if (forced === 'mdy') mdy++;
		else if (isAmbiguousSlashDate(cell)) open++;
	}
	if (dmy + mdy + open === 0) return undefined;
	if (asked) return { used: asked, ambiguous: dmy === 0 && mdy === 0 };
	// The majority decides; the rows of the other order are then refused one by one.
	if (dmy || mdy) return { used: mdy > dmy ? 'mdy' : 'dmy', ambiguous: false };
	return { used: 'dmy', ambiguous: true };
}
