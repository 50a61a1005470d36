// Reads every built file under geodata/ as text, keyed by its repo-relative path, for parseGeodata().
// geodata/src/ holds the research tables the build reads, not data the app loads: it is skipped.
// The app does the same at build time with import.meta.glob (src/lib/data/geodata.server.ts).
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

export function readGeodataFiles(repoRoot: string): Record<string, string> {
	const files: Record<string, string> = {};
	const walk = (dir: string) => {
		for (const name of readdirSync(dir).sort()) {
			const full = join(dir, name);
			if (statSync(full).isDirectory()) {
				if (full !== join(repoRoot, 'geodata', 'src')) walk(full);
			} else if (/\.(json|geojson|md)$/.test(name)) {
				files[relative(repoRoot, full).split(sep).join('/')] = readFileSync(full, 'utf8');
			}
		}
	};
	walk(join(repoRoot, 'geodata'));
	return files;
}

/** For the CLIs: the files, or a message on stderr and exit code 1 when geodata/ cannot be read. */
export function readGeodataFilesOrExit(repoRoot: string): Record<string, string> {
	try {
		return readGeodataFiles(repoRoot);
	} catch (error) {
		console.error(`cannot read ${repoRoot}/geodata: ${(error as Error).message}`);
		process.exit(1);
	}
}
