/**
 * The page's model: which journey is chosen, which stop is selected, which panel is open, what the
 * camera should do, and the one playback clock. Components read it and call its actions; each action
 * changes selection, clock and camera together, so they cannot drift apart. The URL is derived from
 * it (`urlState`) and written in one place (url-sync.ts). No DOM or MapLibre: tested in Node.
 */
import type { Journey } from '$lib/journey/types';
import type { Place, Source } from '$lib/journey/schema';
import type { DistanceView } from '$lib/journey/distance-view';
import type { DistanceUnit } from '$lib/journey/distance-units';
import type { JourneyIndex } from '$lib/journey/journey-index';
import { lastStopReached, positionAt, stopBeside } from '$lib/journey/position';
import type { ImportedJourney } from '$lib/import/bundle';
import { journeyIndexOf, mergeImported, withImportedDistances } from '$lib/import/merge';
import { Playback } from '$lib/playback/playback.svelte';
import { clockTiming, vehicleModeAt } from '$lib/playback/timing';
import { boundsOf, STOP_ZOOM, type CameraIntent } from '$lib/map/camera';
import { journeyColors } from '$lib/map/layer-styles';
import { journeyHeadline } from '$lib/journey/headline';
import { whereNow } from '$lib/format/where';
import type { UrlState } from './url-state';
import { MapLayers } from './layers.svelte';
import type { LegSelection } from './leg-selection';

export type Panel = 'itinerary' | 'stop' | 'leg' | 'section' | 'about';
export type SheetSnap = 'peek' | 'half' | 'full';

export interface FlagshipData {
	/** The flagship journeys, oldest first: the first opens the app. */
	journeys: Journey[];
	places: Record<string, Place>;
}

export class Explorer {
	readonly playback: Playback;
	readonly defaultJourneyId: string;
	readonly #flagship: FlagshipData;

	/** The reader's own journeys (ImportPanel), after the flagship ones. */
	imported = $state.raw<ImportedJourney[]>([]);
	/** The flagship bibliography, fetched after the first view. */
	sources = $state.raw<Record<string, Source>>({});
	/** The distances view, fetched when its panel first opens. */
	distances = $state.raw<DistanceView | null>(null);

	journeyId = $state('');
	panel = $state<Panel>('itinerary');
	/**
	 * How far the panels' bottom sheet is pulled up on a phone (the desktop shows them beside the map):
	 * a handle's height, half the map, or all of it.
	 */
	sheet = $state<SheetSnap>('peek');
	distancesOpen = $state(false);
	showBoth = $state(false);
	showBorders = $state(false);
	/** The rail network and the front: on or off, their data, the section shown (layers.svelte.ts). */
	readonly layers = new MapLayers();
	follow = $state(true);
	/** The unit the reader chose (switch or link); until then, the headline claim's unit. */
	#chosenUnit = $state<DistanceUnit | null>(null);
	/** What the camera should do next; a new object is a new request. */
	camera = $state.raw<CameraIntent | null>(null);
	/**
	 * The stop the reader selected, and the stop index the clock had reached then. While the clock
	 * stays there the selection is that stop; once it moves on (a seek, playback) the selection
	 * follows to the stop the clock has reached, so the panel and the URL never show a stale stop.
	 */
	#pin = $state.raw<{ stopId: string; reached: number } | null>(null);
	/** The leg selected, if one is (leg-selection.ts, select-leg.ts): a stop or a leg, never both. */
	legs = $state.raw<LegSelection | null>(null);

	// $derived.by: the fields set in the constructor are read only when the value is first needed.
	readonly data = $derived.by(() =>
		mergeImported({ ...this.#flagship, sources: this.sources }, this.imported)
	);
	/** Each journey's colour, by its place in the list. */
	readonly colors = $derived(journeyColors(this.data.journeys.map((j) => j.meta.id)));
	readonly journey = $derived(
		this.data.journeys.find((j) => j.meta.id === this.journeyId) ?? this.data.journeys[0]!
	);
	readonly index = $derived(this.indexOf(this.journey));
	readonly position = $derived.by(() => positionAt(this.index, this.playback.tDay));
	/** Index of the last stop the clock has reached, -1 before the first. */
	readonly reached = $derived.by(() => lastStopReached(this.index, this.playback.tDay));
	readonly reachedStop = $derived(this.journey.stops[this.reached]);
	readonly vehicleMode = $derived(
		vehicleModeAt(this.index, this.position.legIndex, this.position.stopIndex)
	);
	readonly selectedStopId = $derived.by(() => {
		const pin = this.#pin;
		if (!pin) return null;
		if (pin.reached === this.reached) return pin.stopId;
		return this.reachedStop?.id ?? null;
	});
	readonly selectedStop = $derived(
		this.journey.stops.find((s) => s.id === this.selectedStopId) ?? null
	);
	/** The panel shown: the stop, leg and section panels need their selection. */
	readonly openPanel = $derived<Panel>(
		(this.panel === 'stop' && !this.selectedStop) ||
			(this.panel === 'leg' && !this.legs?.leg) ||
			(this.panel === 'section' && !this.layers.section)
			? 'itinerary'
			: this.panel
	);
	/** Journeys drawn, the chosen one first. */
	readonly shownJourneys = $derived(
		this.showBoth
			? [this.journey, ...this.data.journeys.filter((j) => j !== this.journey)]
			: [this.journey]
	);
	/** The modes of travel of the chosen journey, in the order they first occur. */
	readonly modes = $derived(
		this.index.legs.map((l) => l.mode).filter((m, i, all) => all.indexOf(m) === i)
	);
	/** Placed and attested trips, the total and the headline claim (headline.ts). */
	readonly headline = $derived.by(() => journeyHeadline(this.journey, this.index));
	/** Where the clock has the journey, for the date chip and the announcer (format/where.ts). */
	readonly where = $derived.by(() =>
		whereNow(this.journey, this.index, this.position, this.data.places)
	);
	readonly distanceView = $derived(withImportedDistances(this.distances, this.imported));
	/** The shareable state, or null while playing: the URL is never rewritten every frame. */
	readonly urlState = $derived.by<UrlState | null>(() =>
		this.playback.playing
			? null
			: {
					journey: this.journeyId === this.defaultJourneyId ? undefined : this.journeyId,
					tDay: this.playback.tDay,
					speed: this.playback.rateDaysPerSecond,
					stop: this.selectedStopId ?? undefined,
					leg: this.legs?.id ?? undefined,
					follow: this.follow,
					mode: this.playback.mode,
					both: this.showBoth,
					unit: this.#chosenUnit ?? undefined,
					layers: this.layers.shown
				}
	);

	constructor(flagship: FlagshipData) {
		this.#flagship = flagship;
		const first = flagship.journeys[0];
		if (!first) throw new Error('Explorer needs at least one journey');
		this.defaultJourneyId = first.meta.id;
		this.journeyId = first.meta.id;
		this.playback = new Playback(clockTiming(this.indexOf(first)));
	}

	/** The playback index of a journey, built once, when first needed. */
	indexOf(journey: Journey): JourneyIndex {
		return journeyIndexOf(journey);
	}

	/** Distances are shown in the reader's unit, else in the unit of the journey's headline claim. */
	get unit(): DistanceUnit {
		return this.#chosenUnit ?? this.headline.claim?.unit ?? 'km';
	}

	set unit(unit: DistanceUnit) {
		this.#chosenUnit = unit;
	}

	hasJourney(id: string): boolean {
		return this.data.journeys.some((j) => j.meta.id === id);
	}

	/** Choose a journey: no stop selected, the clock on its timeline (at `tDay` or its start), framed. */
	switchJourney(id: string, tDay?: number): void {
		if (!this.hasJourney(id)) return;
		this.journeyId = id;
		this.#pin = null;
		this.legs = null;
		this.playback.retime(clockTiming(this.index), tDay);
		this.fit();
	}

	/** Select a stop of the chosen journey: pause, go to its arrival (unless told not to), show it. */
	select(stopId: string, options: { seek?: boolean } = {}): void {
		const k = this.journey.stops.findIndex((s) => s.id === stopId);
		const stop = this.index.stops[k];
		if (!stop) return;
		this.playback.pause();
		if (options.seek !== false) this.playback.seek(stop.tArrive);
		this.legs = null;
		this.#pin = { stopId, reached: this.reached };
		this.panel = 'stop';
		this.openSheet();
		this.camera = { kind: 'fly', to: stop.lngLat, minZoom: STOP_ZOOM };
	}

	/** A stop clicked on the map, possibly of the other journey shown. */
	selectIn(journeyId: string, stopId: string): void {
		if (journeyId !== this.journeyId) this.switchJourney(journeyId);
		this.select(stopId);
	}

	clearSelection(): void {
		this.#pin = null;
		this.legs = null;
		if (this.panel === 'stop' || this.panel === 'leg') this.panel = 'itinerary';
	}

	/** Move the clock; a selected stop follows to the stop reached (see #pin). */
	seek(tDay: number): void {
		this.playback.seek(tDay);
	}

	/** Select the next (1) or previous (-1) stop from the clock's time. */
	step(direction: 1 | -1): void {
		const stop = this.journey.stops[stopBeside(this.index, this.playback.tDay, direction)];
		if (stop) this.select(stop.id);
	}

	/** Show a rail section's details (clicked on the map), or close them (null). */
	selectSection(sectionId: string | null): void {
		this.layers.sectionId = sectionId;
		if (sectionId) this.showPanel('section');
		else if (this.panel === 'section') this.panel = 'itinerary';
	}

	/** Frame every journey shown. */
	fit(): void {
		const bounds = boundsOf(this.shownJourneys.map((j) => this.indexOf(j)));
		if (bounds) this.camera = { kind: 'fit', bounds };
	}

	showPanel(panel: Panel): void {
		this.panel = panel;
		this.openSheet();
	}

	/** Show the panels on a phone: pull the sheet up to half, unless it is further up already. */
	openSheet(): void {
		if (this.sheet === 'peek') this.sheet = 'half';
	}

	/** The reader moved the map by hand: stop following the marker. */
	userPanned(): void {
		this.follow = false;
	}

	/** A journey was removed from the reader's list: leave it if it was the chosen one. */
	journeyRemoved(id: string): void {
		if (id === this.journeyId) this.switchJourney(this.defaultJourneyId);
	}
}
