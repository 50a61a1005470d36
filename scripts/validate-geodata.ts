// `npm run validate:geodata`: checks every file in geodata/ with the app's own loader and prints
// one line per problem (file › feature › path: what to fix). Exits 1 when anything is wrong.
import { fileURLToPath } from 'node:url';
import { formatGeodataIssue, parseGeodata } from '../src/lib/journey/geodata';
import { readGeodataFiles } from './lib/read-geodata-files';

const root = fileURLToPath(new URL('..', import.meta.url));
const result = parseGeodata(readGeodataFiles(root));
if (result.ok) {
	const { sources, places, network, journeys } = result.data;
	console.log(
		`geodata OK: ${sources.length} sources, ${places.length} places, ${network.length} rail sections, ` +
			journeys
				.map((j) => `${j.meta.id} (${j.stops.length} stops, ${j.legs.length} legs)`)
				.join(', ')
	);
} else {
	for (const issue of result.issues) console.error(formatGeodataIssue(issue));
	console.error(`\n${result.issues.length} problem(s) in geodata/`);
	process.exit(1);
}
