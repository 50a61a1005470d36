import type { Place } from '$lib/journey/schema';

/**
 * What to write after a place's period name to give its modern one: "(Volgograd)" for Tsaritsyn,
 * nothing when the name has not changed, and only the added part when the modern name already
 * begins with the period one ("Sviyazhsk station (Nizhniye Vyazovye)" → "(Nizhniye Vyazovye)").
 */
export function modernNameNote(place: Pick<Place, 'name' | 'modernName'> | undefined): string {
	if (!place || place.modernName === place.name) return '';
	if (place.modernName.startsWith(place.name)) {
		const rest = place.modernName.slice(place.name.length).trim();
		return /^\(.*\)$/.test(rest) ? rest : `(${rest})`;
	}
	return `(${place.modernName})`;
}
