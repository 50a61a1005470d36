// The machine a benchmark ran on, for docs/performance.md.
import { existsSync, readFileSync } from 'node:fs';
import { availableParallelism, loadavg, totalmem } from 'node:os';

export interface Machine {
	cpu: string;
	cores: number;
	memoryGb: number;
	os: string;
	node: string;
	chromium?: string;
	/** The 1-minute load average when the browser measurements started and when they ended. */
	load?: { start: number; end: number };
}

/** The 1-minute load average: the machine is shared, and other work slows the browser figures. */
export const loadAverage = (): number => loadavg()[0] ?? NaN;

export function machine(chromium?: string): Machine {
	const cpuinfo = existsSync('/proc/cpuinfo') ? readFileSync('/proc/cpuinfo', 'utf8') : '';
	const osRelease = existsSync('/etc/os-release') ? readFileSync('/etc/os-release', 'utf8') : '';
	return {
		cpu: /^model name\s*:\s*(.+)$/m.exec(cpuinfo)?.[1]?.trim() ?? 'unknown',
		cores: availableParallelism(),
		memoryGb: Math.round(totalmem() / 2 ** 30),
		os: /^PRETTY_NAME="?([^"\n]+)"?$/m.exec(osRelease)?.[1] ?? process.platform,
		node: process.version,
		...(chromium && { chromium })
	};
}
