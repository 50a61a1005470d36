// Layer and source ids and paint constants for the map: plain data, no MapLibre import.
// https://maplibre.org/maplibre-style-spec/layers/

export const SOURCE = {
	basemapLand: 'basemap-land',
	basemapLakes: 'basemap-lakes',
	basemapRivers: 'basemap-rivers',
	basemapCountries: 'basemap-countries',
	legs: 'journey-legs',
	head: 'journey-head',
	stops: 'journey-stops'
} as const;

export const LAYER = {
	background: 'basemap-sea',
	land: 'basemap-land',
	lakes: 'basemap-lakes',
	rivers: 'basemap-rivers',
	borders: 'basemap-borders',
	legs: 'journey-legs',
	legsUncertain: 'journey-legs-reconstructed',
	head: 'journey-head',
	stops: 'journey-stops',
	stopLabels: 'journey-stop-labels'
} as const;

export const COLOR = {
	sea: '#c9dbe3',
	land: '#efe9dc',
	river: '#9dbccb',
	border: '#8a7f73',
	/** One colour per journey, picked to stay apart on the beige land and for colour-blind readers. */
	journey: { train: '#b3261e', exile: '#1f5fa8' } as Record<string, string>,
	journeyFallback: '#6b4c9a',
	stopStroke: '#ffffff',
	selected: '#111111'
} as const;

export function journeyColor(journeyId: string): string {
	return COLOR.journey[journeyId] ?? COLOR.journeyFallback;
}

/** Text font stack: no glyph server, so MapLibre draws labels with local fonts (TinySDF). */
export const LABEL_FONT = ['DejaVu Sans', 'Liberation Sans', 'sans-serif'];

/** The first view frames European Russia, where the train's trips run. [[west, south], [east, north]] */
export const INITIAL_BOUNDS: [[number, number], [number, number]] = [
	[26, 43],
	[62, 62]
];
