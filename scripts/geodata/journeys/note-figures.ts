/**
 * Figures in leg notes computed by the build, so that a note weighing the route drawn against another
 * reading never carries a number typed from memory and stays true when the network changes. In a
 * leg's notes.csv text:
 * - `{km}` is the leg's length as the distances count it (published lengths applied);
 * - `{km via a;b}` the length, counted the same way, of the route from the leg's first place through
 *   places a, b to its last, on the network with every section taken as open (the other reading is
 *   usually one that takes a line open earlier than the network has it);
 * - `{km less via a;b}` and `{km more via a;b}` how much shorter or longer that route is than the leg.
 *   The build stops if it is not, so the words around the figure cannot silently turn false.
 */
import { formatDistance } from '../../../src/lib/format/distance-format';
import { edgeScales, scaledLength } from '../../../src/lib/journey/distance-scale';
import type { RailRouter } from '../../../src/lib/journey/routing';
import type { RailSectionFeature } from '../../../src/lib/journey/schema';
import type { PlannedLeg } from './legs';
import type { Problems } from './problems';

export interface NoteFigureContext {
	router: RailRouter;
	network: readonly RailSectionFeature[];
	problems: Problems;
}

const TOKEN = /\{km(?: (less|more))?(?: via ([^\s}]+))?\}/g;

/** Replaces the figure tokens in every leg's notes, in place. */
export function fillNoteFigures(legs: readonly PlannedLeg[], ctx: NoteFigureContext): void {
	const edges = edgeScales(ctx.network);
	const countedKm = (coordinates: readonly (readonly number[])[]) =>
		scaledLength(coordinates as [number, number][], edges).lengthKm;
	for (const { feature, from, to } of legs) {
		const notes = feature.properties.notes;
		if (!notes?.some((n) => n.text.includes('{km'))) continue;
		const legKm = countedKm(feature.geometry.coordinates);
		const otherKm = (via: string): number | undefined => {
			const places = [from.properties.place, ...via.split(';'), to.properties.place];
			const result = ctx.router.routeThrough(places);
			if (result.ok) return countedKm(result.route.coordinates);
			ctx.problems.add(`notes.csv (leg ${feature.id})`, `{km via ${via}}: ${result.message}`);
			return undefined;
		};
		const fill = (token: string, compare?: string, via?: string): string => {
			if (via === undefined) {
				if (compare) ctx.problems.add(`notes.csv (leg ${feature.id})`, `${token} needs "via"`);
				return formatDistance(legKm, 'km');
			}
			const km = otherKm(via);
			if (km === undefined) return token;
			if (!compare) return formatDistance(km, 'km');
			const differenceKm = compare === 'less' ? legKm - km : km - legKm;
			if (differenceKm <= 0) {
				ctx.problems.add(
					`notes.csv (leg ${feature.id})`,
					`${token}: the route via ${via} (${formatDistance(km, 'km')}) is not ${compare === 'less' ? 'shorter' : 'longer'} than the leg (${formatDistance(legKm, 'km')}); reword the note`
				);
			}
			return formatDistance(Math.abs(differenceKm), 'km');
		};
		feature.properties = {
			...feature.properties,
			notes: notes.map((n) => ({ ...n, text: n.text.replace(TOKEN, fill) }))
		};
	}
}
