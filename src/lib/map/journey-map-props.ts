/**
 * What the journeys' map is given, named and explained once: JourneyMap takes all of it and hands
 * each layer component the part it draws (`Pick<JourneyMapProps, …>`).
 */
import type { LegRef } from './pick-leg';
import type { Journey } from '$lib/journey/types';
import type { JourneyIndex } from '$lib/journey/journey-index';
import type { Position } from '$lib/journey/position';
import type { ControlFeature, Mode, Place, RailSectionFeature } from '$lib/journey/schema';
import type { CameraIntent } from './camera';

export interface JourneyMapProps {
	/** Journeys drawn, the current one first. */
	journeys: Journey[];
	places: Record<string, Place>;
	/** Each journey's colour, by id. */
	colors: Record<string, string>;
	/** The current journey's playback index. */
	index: JourneyIndex;
	position: Position;
	/** Index of the last stop reached by the clock, -1 before the first. */
	reached: number;
	vehicleMode: Mode;
	selectedStopId: string | null;
	/**
	 * The leg selected (its `id`, null once it is gone, of the journey `journeyId`), drawn bold on a
	 * casing. The selection itself, not its id: Stage passes it on without code of its own.
	 */
	selectedLeg: { readonly journeyId: string; readonly id: string | null } | null;
	camera: CameraIntent | null;
	follow: boolean;
	reducedMotion: boolean;
	showBorders: boolean;
	/** The clock's day (a whole day number): the network and the front change only when it does. */
	day: number;
	/** The period rail network while its layer is on (sections appear on their opening day), else null. */
	network: RailSectionFeature[] | null;
	/** Who held what while the front layer is on, else null. */
	control: ControlFeature[] | null;
	selectedSectionId: string | null;
	onselect: (journeyId: string, stopId: string) => void;
	/**
	 * The legs under a click on the map (several where lines overlap, possibly of the other journey
	 * shown): the page picks the one meant (pick-leg.ts), with code that loads only then.
	 */
	onselectleg: (legs: LegRef[]) => void;
	onselectsection: (sectionId: string) => void;
	onuserpan: () => void;
}
