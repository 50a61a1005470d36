/**
 * Who held a place, as a reader says it (holderAt's answer): "White (Komuch People's Army and
 * Czechoslovak Legion) since 7 August 1918", "Red since before 1 August 1918", "not known".
 */
import type { HolderAt } from '$lib/journey/control';
import type { Holder } from '$lib/journey/schema';
import { formatHistoricalDate, formatIsoDate } from './dates';

export const HOLDER_WORD: Record<Holder, string> = {
	red: 'Red',
	white: 'White',
	ukrainian: 'Ukrainian',
	polish: 'Polish',
	'central-powers': 'Central Powers',
	allied: 'Allied',
	green: 'Green',
	other: 'Other',
	unknown: 'not known'
};

export function holderPhrase(h: HolderAt): string {
	const who = h.army ? `${HOLDER_WORD[h.holder]} (${h.army})` : HOLDER_WORD[h.holder];
	if (!h.since) return who;
	const { date, precision } = h.since;
	const since =
		precision === 'before'
			? `since before ${formatIsoDate(date)}`
			: `since ${formatHistoricalDate({ date, precision })}`;
	// Inside the window of a change: the sources do not settle who held it on this very day.
	return `${who} ${since}${h.uncertain ? ' (changing hands about then)' : ''}`;
}
