/**
 * The table of published against drawn and computed lengths that the network stage prints, and the
 * 5% rule it enforces: a line off by more than that needs stations or shape points, not bends.
 */
import type { Network } from './calibrate';
import { km, toKm } from './geometry';
import type { LineCheck, Section } from './spec';

const TOLERANCE = 0.05;

interface Row {
	id: string;
	name: string;
	pub: number;
	comp: number;
	base: number;
}

/** A line check's length as drawn, before bends: its sections' base coordinates swapped in and back. */
function drawnLength(net: Network, l: LineCheck): number {
	const saved = new Map(l.sections.map((id) => [id, net.coords.get(id)!]));
	for (const id of l.sections) net.coords.set(id, net.base.get(id)!);
	const drawn = net.total(l.sections, l.exclude);
	for (const [id, cs] of saved) net.coords.set(id, cs);
	return drawn;
}

function rows(net: Network, sections: Section[], checks: LineCheck[]): Row[] {
	const out: Row[] = [];
	for (const s of sections) {
		if (!s.published || !net.coords.has(s.id)) continue;
		const pub = toKm(s.published);
		out.push({
			id: s.id,
			name: s.name,
			pub,
			comp: km(net.coords.get(s.id)!),
			base: km(net.base.get(s.id)!)
		});
	}
	for (const l of checks) {
		if (l.sections.some((id) => !net.coords.has(id))) continue;
		out.push({
			id: l.id,
			name: `${l.name} [${l.sections.join('+')}]`,
			pub: toKm(l.published),
			comp: net.total(l.sections, l.exclude),
			base: drawnLength(net, l)
		});
	}
	return out;
}

/** Prints the table; returns one error per section or line check off by more than the tolerance. */
export function lengthReport(net: Network, sections: Section[], checks: LineCheck[]): string[] {
	const errors: string[] = [];
	const pad = (s: string, n: number) => s.padEnd(n);
	const padL = (s: string, n: number) => s.padStart(n);
	console.log(
		`${pad('id', 30)}${padL('published km', 13)}${padL('drawn km', 10)}${padL('computed km', 13)}${padL('diff %', 8)}  name`
	);
	for (const r of rows(net, sections, checks)) {
		const diff = ((r.comp - r.pub) / r.pub) * 100;
		const off = Math.abs(diff) > TOLERANCE * 100;
		if (off)
			errors.push(
				`${r.id}: computed ${r.comp.toFixed(1)} km vs published ${r.pub.toFixed(1)} km (${diff.toFixed(1)}%)`
			);
		console.log(
			`${pad(r.id, 30)}${padL(r.pub.toFixed(1), 13)}${padL(r.base.toFixed(1), 10)}${padL(r.comp.toFixed(1), 13)}${padL(diff.toFixed(1), 8)}  ${r.name}${off ? '  <-- OFF' : ''}`
		);
	}
	console.log(
		`\n(drawn km = stations and shape points only; computed km = after calibration bends)`
	);
	return errors;
}
