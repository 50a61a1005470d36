/**
 * Stage "sources": geodata/sources.json, the bibliography, from geodata/src/sources.json in the same
 * order. The table is JSON rather than CSV because its entries do not all list their fields in one
 * order, and the built file keeps each entry's own order.
 */
import { sourceSchema, type Source } from '../../../src/lib/journey/schema';
import { readJson, writeJson } from '../lib/io';

export function buildSources(): void {
	const sources = readJson<Source[]>('geodata/src/sources.json');
	const problems: string[] = [];
	const seen = new Set<string>();
	sources.forEach((s, i) => {
		const parsed = sourceSchema.safeParse(s);
		if (!parsed.success)
			for (const issue of parsed.error.issues)
				problems.push(`entry ${i} (${s.id}): ${issue.path.join('.')}: ${issue.message}`);
		if (seen.has(s.id)) problems.push(`entry ${i}: duplicate id ${s.id}`);
		seen.add(s.id);
	});
	if (problems.length) throw new Error(`geodata/src/sources.json:\n${problems.join('\n')}`);
	writeJson('geodata/sources.json', sources);
	console.log(`sources.json: ${sources.length} entries`);
}
