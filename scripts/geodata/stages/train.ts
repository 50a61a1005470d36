// Interim wrapper around the old script, until this stage is ported to TypeScript.
import { spawnSync } from 'node:child_process';
import { repoPath } from '../lib/io';

export function buildTrain(): void {
	const r = spawnSync(process.execPath, [repoPath('scripts/geodata/build-train.mjs')], {
		stdio: 'inherit'
	});
	if (r.status !== 0) throw new Error('build-train.mjs failed');
}
