// `npm run context`: who held a place on a date. See CONTEXT_USAGE in scripts/lib/context-cli.ts.
// Exit codes: 0 answered, 1 bad data, 2 usage (unknown place, bad date).
import { fileURLToPath } from 'node:url';
import { readGeodataFilesOrExit } from './lib/read-geodata-files';
import { runContextCli } from './lib/context-cli';

const root = fileURLToPath(new URL('..', import.meta.url));
const result = runContextCli(process.argv.slice(2), readGeodataFilesOrExit(root));
process.stdout.write(result.stdout);
process.stderr.write(result.stderr);
process.exitCode = result.exitCode;
