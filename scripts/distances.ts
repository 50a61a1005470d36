// `npm run distances`: Echelon's distances for people who want numbers, not a map. See USAGE in
// scripts/lib/distances-cli.ts. Exit codes: 0 done, 1 bad data or a route that cannot be found, 2 usage.
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readGeodataFilesOrExit } from './lib/read-geodata-files';
import { parseDistancesArgs, runDistancesCli } from './lib/distances-cli';

const args = process.argv.slice(2);
let root = fileURLToPath(new URL('..', import.meta.url));
try {
	const { root: given } = parseDistancesArgs(args);
	if (given) root = resolve(given);
} catch {
	// runDistancesCli reports the bad argument with the usage text.
}
const files = readGeodataFilesOrExit(root);
const result = runDistancesCli(args, files);
process.stdout.write(result.stdout);
process.stderr.write(result.stderr);
process.exitCode = result.exitCode;
