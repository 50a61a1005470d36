/**
 * Turns a draft (see draft.ts) into an Echelon journey: stops in date order, one place per stop,
 * straight legs between stops and traced legs along tracks, one trip, and the file itself as the
 * cited source.
 */
import type { JourneyBundle } from './bundle';
import { assembleBundle } from './assemble-bundle';
import type { Draft } from './draft';
import type { ImportIssue } from './issues';
import { titleFromFileName } from './journey-names';
import { planStops } from './plan-stops';

/**
 * Orders the draft (by date; same dates keep the file's order), drops items that would run dates
 * backwards (a waypoint inside a track's time span), and builds the journey.
 */
export function buildBundle(
	draft: Draft,
	file: string,
	options: { title?: string } = {}
): { bundle?: JourneyBundle; issues: ImportIssue[] } {
	const plan = planStops(draft, file);
	const { planned } = plan;
	const issues = [...draft.issues, ...plan.issues];
	if (planned.length < 2) {
		issues.push({
			file,
			message: `a journey needs at least two dated stops, and ${planned.length === 0 ? 'none' : 'only one'} could be read: fix the rows listed, or add stops`
		});
		return { issues: issues.map((i) => ({ ...i, skippable: false })) };
	}
	const title = (options.title ?? draft.title ?? titleFromFileName(file)).slice(0, 200);
	return { bundle: assembleBundle(planned, file, title), issues };
}
