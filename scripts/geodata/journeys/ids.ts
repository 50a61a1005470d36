/**
 * Ids of built features, from what the feature is (`<date>-<place>`, `t01-<from>-<to>`): a second
 * feature with the same id gets `-2`, a third `-3`, so ids stay stable while the rows above do not
 * change.
 */
export function uniqueIds(): (base: string) => string {
	const seen = new Map<string, number>();
	return (base) => {
		const n = (seen.get(base) ?? 0) + 1;
		seen.set(base, n);
		return n > 1 ? `${base}-${n}` : base;
	};
}
