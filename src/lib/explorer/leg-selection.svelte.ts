/**
 * The selected leg: which leg of which journey the reader picked (on the map or in the itinerary),
 * and the action that shows it. The Explorer holds one of these as `legs`; one thing is selected at a
 * time, so selecting a leg clears the selected stop and selecting a stop clears the leg
 * (`Explorer.select`, `clearSelection`). No DOM or MapLibre: tested in Node through the Explorer.
 */
import type { Journey } from '$lib/journey/types';
import type { LegFeature } from '$lib/journey/schema';
import { lineBounds, type CameraIntent } from '$lib/map/camera';

/** What a leg selection needs of the page's model (the Explorer). */
export interface LegHost {
	readonly journeyId: string;
	readonly journey: Journey;
	readonly playback: { pause(): void };
	camera: CameraIntent | null;
	switchJourney(id: string): void;
	/** Clears the stop and the leg selected, leaving their panels for the itinerary. */
	clearSelection(): void;
	showPanel(panel: 'leg'): void;
}

export class LegSelection {
	readonly #host: LegHost;
	#picked = $state.raw<{ journeyId: string; legId: string } | null>(null);

	/** The selected leg of the chosen journey, or null. */
	readonly leg = $derived.by<LegFeature | null>(() => {
		const picked = this.#picked;
		if (!picked || picked.journeyId !== this.#host.journeyId) return null;
		return this.#host.journey.legs.find((l) => l.id === picked.legId) ?? null;
	});
	/** The selected leg's id, or null. */
	get id(): string | null {
		return this.leg?.id ?? null;
	}

	constructor(host: LegHost) {
		this.#host = host;
	}

	/**
	 * Select a leg (of another journey shown, if `journeyId` says so): pause, show its panel, frame
	 * it. The clock stays where it is: the panel gives the leg's dates, and the reader may be comparing.
	 */
	select(legId: string, journeyId = this.#host.journeyId): void {
		const host = this.#host;
		if (journeyId !== host.journeyId) host.switchJourney(journeyId);
		const leg = host.journey.legs.find((l) => l.id === legId);
		if (!leg) return;
		host.playback.pause();
		host.clearSelection();
		this.#picked = { journeyId: host.journeyId, legId };
		host.showPanel('leg');
		host.camera = { kind: 'fit', bounds: lineBounds(leg.geometry.coordinates) };
	}

	clear(): void {
		this.#picked = null;
	}
}
