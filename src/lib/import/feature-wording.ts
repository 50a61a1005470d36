/** How messages about a file's features name them and say how to fix them, in the file's own terms. */
import { NAME_KEYS, pick, props } from './feature-properties';
import { quote } from './issues';

export interface FeatureWording {
	/** How to name feature `i` in messages: `feature #3 "Kazan"`. */
	label: (feature: Record<string, unknown>, i: number) => string;
	/** How to add a date, in the file's own terms. */
	dateHint: string;
	nameHint: string;
}

export const GEOJSON_WORDING: FeatureWording = {
	label: (f, i) => {
		const name = pick(props(f), NAME_KEYS);
		return `feature #${i + 1}${typeof name === 'string' && name.trim() ? ` ${quote(name.trim())}` : ''}`;
	},
	dateHint: 'add a "date" property (YYYY-MM-DD)',
	nameHint: 'add a "name" property'
};
