declare module 'virtual:flagship' {
	const data: {
		journeys: import('$lib/journey/types').Journey[];
		places: Record<string, import('$lib/journey/schema').Place>;
	};
	export default data;
}

declare module 'virtual:first-view-features' {
	/** URL of a JSON file: { legs, stops }, the GeoJSON the app's first view gives the map. */
	const url: string;
	export default url;
}
