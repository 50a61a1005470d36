// Merge entries into a geodata collection by id, so several contributors (or scripts) can add
// sources or places without overwriting each other. Existing entries win unless --replace is given.
// Usage: node scripts/geodata/merge-json.mjs sources <fragment.json> [--replace]
//        node scripts/geodata/merge-json.mjs places <fragment.geojson|fragment.json> [--replace]
// A sources fragment is an array of source entries; a places fragment is an array of Point features
// or a FeatureCollection.
import { readFileSync, writeFileSync, existsSync, renameSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const [kind, fragmentPath, flag] = process.argv.slice(2);
const replace = flag === '--replace';
if (!['sources', 'places'].includes(kind) || !fragmentPath) {
	console.error('usage: merge-json.mjs sources|places <fragment> [--replace]');
	process.exit(2);
}
const target = join(root, 'geodata', kind === 'sources' ? 'sources.json' : 'places.geojson');
const fragment = JSON.parse(readFileSync(fragmentPath, 'utf8'));
const incoming = Array.isArray(fragment) ? fragment : fragment.features;
const current = existsSync(target)
	? JSON.parse(readFileSync(target, 'utf8'))
	: kind === 'sources'
		? []
		: { type: 'FeatureCollection', features: [] };
const list = kind === 'sources' ? current : current.features;
const idOf = (e) => (kind === 'sources' ? e.id : (e.properties?.id ?? e.id));
const byId = new Map(list.map((e, i) => [idOf(e), i]));
let added = 0,
	replaced = 0,
	kept = 0;
for (const entry of incoming) {
	const id = idOf(entry);
	if (!id)
		throw new Error(`entry without id in ${fragmentPath}: ${JSON.stringify(entry).slice(0, 120)}`);
	const at = byId.get(id);
	if (at === undefined) {
		byId.set(id, list.length);
		list.push(entry);
		added++;
	} else if (replace) {
		list[at] = entry;
		replaced++;
	} else kept++;
}
// Write to a temp file and rename, so a concurrent reader never sees half a file.
const tmp = `${target}.${process.pid}.tmp`;
writeFileSync(tmp, JSON.stringify(current, null, '\t') + '\n');
renameSync(tmp, target);
console.log(`${kind}: ${added} added, ${replaced} replaced, ${kept} already present (kept)`);
