/** `1 problem`, `3 problems`. */
export function problemCount(n: number): string {
	return `${n} ${n === 1 ? 'problem' : 'problems'}`;
}
