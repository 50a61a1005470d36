// Trotsky's exile, 1928–1940: geodata/src/exile/ → geodata/journeys/exile/.
import { buildJourney } from '../journeys/build';

export function buildExile(): void {
	buildJourney('exile', { boundDepartures: false, networkLast: true });
}
