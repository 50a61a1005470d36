/**
 * A selected leg: which leg of which journey the reader picked (on the map, in the itinerary, in a
 * link). The Explorer holds one as `legs` while a leg is selected, and null otherwise; selecting a
 * stop or another journey drops it (`Explorer.select`, `switchJourney`, `clearSelection`). It is made
 * by `selectLeg` (select-leg.ts), which loads only with what selects a leg, so neither is in the
 * first view. No DOM or MapLibre: tested in Node through the Explorer.
 */
import type { Journey } from '$lib/journey/types';
import type { LegFeature } from '$lib/journey/schema';

export class LegSelection {
	readonly #host: { readonly journeyId: string; readonly journey: Journey };
	readonly journeyId: string;
	readonly legId: string;

	constructor(host: { readonly journeyId: string; readonly journey: Journey }, legId: string) {
		this.#host = host;
		this.journeyId = host.journeyId;
		this.legId = legId;
	}

	/** The selected leg while its journey is the chosen one, else null. */
	get leg(): LegFeature | null {
		if (this.journeyId !== this.#host.journeyId) return null;
		return this.#host.journey.legs.find((l) => l.id === this.legId) ?? null;
	}

	get id(): string | null {
		return this.leg ? this.legId : null;
	}
}
