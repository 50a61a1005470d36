// Interim wrapper around the old script, until this stage is ported to TypeScript.
import { spawnSync } from 'node:child_process';
import { repoPath } from '../lib/io';

export function buildExile(): void {
	const r = spawnSync(process.execPath, [repoPath('scripts/geodata/build-exile.mjs')], {
		stdio: 'inherit'
	});
	if (r.status !== 0) throw new Error('build-exile.mjs failed');
}
