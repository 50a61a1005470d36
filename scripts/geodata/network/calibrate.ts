/**
 * Length calibration. Where a published length exists (a section's own, or a line check spanning
 * several sections) and the drawn line runs more than CALIBRATE_BELOW short of it, the adjustable
 * sections are lengthened with schematic bends until the total matches. Lines longer than published
 * are never shortened, a section is calibrated once (by the first check that reaches it), and a
 * section whose stations follow the real course (`bends: false`) is never bent.
 */
import { km, lengthen, same } from './geometry';
import type { LineCheck, LngLat } from './spec';

const CALIBRATE_BELOW = 0.02;

export interface Calibration {
	factor: number;
	/** The section or line check whose published length it meets. */
	by: string;
	pct: number;
}

export class Network {
	/** Current coordinates (after any calibration) by section id. */
	readonly coords = new Map<string, LngLat[]>();
	readonly calibrated = new Map<string, Calibration>();

	constructor(
		/** Drawn coordinates (stations and shape points only) by section id. */
		readonly base: Map<string, LngLat[]>,
		private readonly noBends: Set<string>,
		private readonly errors: string[]
	) {
		for (const [id, cs] of base) this.coords.set(id, cs);
	}

	/** Length of a section as a line check counts it, leaving out its `exclude` part. */
	partLength(id: string, exclude: LineCheck['exclude']): number {
		const cs = this.coords.get(id)!;
		if (!exclude || exclude.section !== id) return km(cs);
		const idx = cs.findIndex((c) => same(c, exclude.at));
		if (idx < 0) {
			this.errors.push(`exclude on ${id}: no vertex at ${exclude.at.join(',')}`);
			return km(cs);
		}
		return exclude.side === 'from' ? km(cs.slice(0, idx + 1)) : km(cs.slice(idx));
	}

	total(members: string[], exclude: LineCheck['exclude']): number {
		return members.reduce((a, id) => a + this.partLength(id, exclude), 0);
	}

	calibrate(
		checkId: string,
		members: string[],
		adjustIds: string[],
		target: number,
		exclude?: LineCheck['exclude']
	): void {
		const adj = adjustIds.filter(
			(id) => this.coords.has(id) && !this.calibrated.has(id) && !this.noBends.has(id)
		);
		if (!adj.length) return;
		if (this.total(members, exclude) >= target * (1 - CALIBRATE_BELOW)) return;
		const apply = (f: number) => {
			for (const id of adj) this.coords.set(id, lengthen(this.base.get(id)!, f));
		};
		let lo = 1;
		let hi = 2;
		apply(hi);
		if (this.total(members, exclude) < target) {
			this.errors.push(
				`${checkId}: cannot reach the published length even with factor 2; add stations/shape points`
			);
			return;
		}
		for (let i = 0; i < 40; i++) {
			const mid = (lo + hi) / 2;
			apply(mid);
			if (this.total(members, exclude) < target) lo = mid;
			else hi = mid;
		}
		apply(hi);
		for (const id of adj)
			this.calibrated.set(id, {
				factor: hi,
				by: checkId,
				pct: (km(this.coords.get(id)!) / km(this.base.get(id)!) - 1) * 100
			});
	}
}
