/**
 * Place search for the itinerary: a query matches any name a place has had (period, modern, local,
 * every dated name), ignoring case and accents, so "Volgograd" finds Tsaritsyn and "bishkek" Frunze.
 */
import type { Place } from './schema';

export function normalizeName(text: string): string {
	return text
		.normalize('NFD')
		.replace(/\p{Diacritic}/gu, '')
		.toLowerCase()
		.trim();
}

export function placeMatches(place: Place | undefined, query: string): boolean {
	const q = normalizeName(query);
	if (!q) return true;
	if (!place) return false;
	const names = [place.name, place.modernName, place.localName, ...place.names.map((n) => n.name)];
	return names.some((n) => normalizeName(n).includes(q));
}
