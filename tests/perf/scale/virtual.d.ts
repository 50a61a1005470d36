declare module 'virtual:flagship' {
	const data: {
		journeys: import('$lib/journey/types').Journey[];
		places: Record<string, import('$lib/journey/schema').Place>;
	};
	export default data;
}
