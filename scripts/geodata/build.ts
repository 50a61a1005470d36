/**
 * `npm run geodata:build`: regenerates every file in geodata/ from the research tables in
 * geodata/src/, stage by stage. Each stage reads what earlier stages wrote (places before the network
 * that snaps to them, the network before the journeys routed on it, places before the control
 * timelines placed at them, the control timelines before the train, whose rail legs keep away from
 * the places held by the other side). The result is byte for byte the
 * same on every run; CI rebuilds and fails when git sees a difference.
 */
import { buildSources } from './stages/sources';
import { buildPlaces } from './stages/places';
import { buildNetwork } from './stages/network';
import { buildTrain } from './stages/train';
import { buildExile } from './stages/exile';
import { buildControl } from './stages/control';

const stages: [string, () => void | Promise<void>][] = [
	['sources', buildSources],
	['places', buildPlaces],
	['network', buildNetwork],
	['control', buildControl],
	['train', buildTrain],
	['exile', buildExile]
];

for (const [name, run] of stages) {
	try {
		await run();
	} catch (error) {
		console.error(`geodata:build stopped at stage "${name}":`);
		console.error(error instanceof Error ? error.message : error);
		process.exit(1);
	}
}
