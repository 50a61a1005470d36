/**
 * The table of published against drawn lengths that the network stage prints, with the scale each
 * published length sets, and the one rule it enforces: a drawn course more than a quarter off its
 * published length is a wrong course (a missing station, a wrong junction), not a simplified one.
 */
import type { LengthScale } from './lengths';
import type { Section } from './spec';

const TOLERANCE = 0.25;

/** Prints the table; returns one error per section whose scale is out of bounds. */
export function lengthReport(
	scales: ReadonlyMap<string, LengthScale>,
	sections: readonly Section[]
): string[] {
	const errors: string[] = [];
	const pad = (s: string, n: number) => s.padEnd(n);
	const padL = (s: string, n: number) => s.padStart(n);
	console.log(
		`${pad('section', 10)}${pad('by', 30)}${padL('published km', 13)}${padL('drawn km', 10)}${padL('scale', 8)}  name`
	);
	for (const s of sections) {
		const sc = scales.get(s.id);
		if (!sc) continue;
		const off = Math.abs(sc.factor - 1) > TOLERANCE;
		if (off)
			errors.push(
				`${s.id}: drawn ${sc.drawnKm.toFixed(1)} km against a published ${sc.publishedKm.toFixed(1)} km (${sc.by}): add stations or shape points along the real course`
			);
		console.log(
			`${pad(s.id, 10)}${pad(sc.by, 30)}${padL(sc.publishedKm.toFixed(1), 13)}${padL(sc.drawnKm.toFixed(1), 10)}${padL(sc.factor.toFixed(3), 8)}  ${s.name}${off ? '  <-- OFF' : ''}`
		);
	}
	console.log(
		'\n(drawn km = stations and shape points only; the distance engine applies the scale)'
	);
	return errors;
}
