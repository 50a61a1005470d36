/**
 * Numbers with thousands grouped, as `Intl.NumberFormat('en-GB', { maximumFractionDigits })` writes
 * them (`120,701`, `40.3`, `75,000`), without Intl. The first Intl formatter a page makes loads the
 * locale's data: about 24 ms of main thread in headless Chromium, before the map can be created, since
 * the first view's headline formats its figures while the page starts (docs/performance.md).
 * Like Intl, it rounds the number's shortest decimal form (`String(0.15)` is `0.15`) half away from
 * zero, so 0.15 gives 0.2 where `toFixed` gives 0.1.
 */
export function formatNumber(value: number, maxFractionDigits = 0): string {
	if (!Number.isFinite(value)) return String(value);
	const [whole, fraction] = roundDecimal(Math.abs(value), maxFractionDigits);
	const digits = fraction.replace(/0+$/, '');
	const sign = value < 0 || Object.is(value, -0) ? '-' : '';
	return `${sign}${whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',')}${digits ? `.${digits}` : ''}`;
}

/** The whole and fraction digits of `abs` (≥ 0) rounded to `n` decimals, from its shortest form. */
function roundDecimal(abs: number, n: number): [string, string] {
	const shortest = String(abs);
	// Exponent forms: below 1e-6 everything rounds to zero at these precisions; from 1e21 it is whole.
	if (shortest.includes('e')) {
		return abs < 1 ? ['0', '0'.repeat(n)] : [BigInt(abs).toString(), '0'.repeat(n)];
	}
	const [whole = '0', fraction = ''] = shortest.split('.');
	const kept = whole + fraction.padEnd(n, '0').slice(0, n);
	const up = (fraction[n] ?? '0') >= '5';
	const all = (up ? (BigInt(kept) + 1n).toString() : kept).padStart(n + 1, '0');
	return [all.slice(0, all.length - n), all.slice(all.length - n)];
}
