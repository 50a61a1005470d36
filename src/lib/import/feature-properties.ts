/**
 * Where a plain GeoJSON feature (or a GPX element converted to one) keeps a stop's values: the
 * property names understood for each, and readers that look them up leniently.
 */
export const NAME_KEYS = ['name', 'title', 'label', 'place'];
export const DATE_KEYS = [
	'date',
	'time',
	'datetime',
	'timestamp',
	'when',
	'arrive',
	'arrival',
	'start'
];
export const END_KEYS = ['end', 'depart', 'departure', 'date', 'time'];
export const NOTE_KEYS = ['note', 'notes', 'description', 'desc', 'summary', 'comment', 'cmt'];

/** A feature's properties, or none when they are missing or not an object. */
export function props(f: Record<string, unknown>): Record<string, unknown> {
	const p = f.properties;
	return p && typeof p === 'object' && !Array.isArray(p) ? (p as Record<string, unknown>) : {};
}

/** The first of `keys` present in `p` (own properties only), case-insensitively. */
export function pick(p: Record<string, unknown>, keys: string[]): unknown {
	const lower = new Map(Object.keys(p).map((k) => [k.toLowerCase(), k]));
	for (const key of keys) {
		const own = lower.get(key);
		if (own !== undefined && p[own] !== undefined && p[own] !== null && p[own] !== '')
			return p[own];
	}
	return undefined;
}

/** A date property may be Echelon's own `{ "date": "…", "precision": … }`. */
export function dateValue(value: unknown): unknown {
	if (value && typeof value === 'object' && 'date' in value)
		return (value as { date: unknown }).date;
	return value;
}
