// `npm run geodata:counts`: rewrites the counts table in geodata/README.md from the data itself.
// The contract test (tests/data/geodata.contract.test.ts) fails when the table is out of date.
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { formatGeodataIssue, parseGeodata } from '../src/lib/journey/geodata';
import { countsTable, geodataCounts, withCountsTable } from '../src/lib/journey/counts';
import { readGeodataFiles } from './lib/read-geodata-files';

const root = fileURLToPath(new URL('..', import.meta.url));
const result = parseGeodata(readGeodataFiles(root));
if (!result.ok) {
	for (const issue of result.issues) console.error(formatGeodataIssue(issue));
	process.exit(1);
}
const readmePath = `${root}geodata/README.md`;
const readme = readFileSync(readmePath, 'utf8');
writeFileSync(readmePath, withCountsTable(readme, countsTable(geodataCounts(result.data))));
console.log('geodata/README.md counts updated');
