// Trotsky's train, 1918–1921: geodata/src/train/ → geodata/journeys/train/.
import { buildJourney } from '../journeys/build';

export function buildTrain(): void {
	buildJourney('train', { boundDepartures: true, networkLast: false });
}
