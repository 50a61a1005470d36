// Starts and stops the preview servers the browser measurements run against: the app's production
// build (`npm run preview`) and the fixture pages (tests/perf/). Each server is its own process group,
// ended by its own id.
import { spawn, type ChildProcess } from 'node:child_process';

export interface Server {
	url: string;
	stop(): void;
}

export async function startServer(command: string, args: string[], port: number): Promise<Server> {
	// A server already there (someone else's bench) would answer for ours: refuse rather than measure it.
	if (
		await fetch(`http://localhost:${port}`).then(
			() => true,
			() => false
		)
	) {
		throw new Error(`port ${port} is in use: set BENCH_PORT to another (scripts/bench/run.ts)`);
	}
	const child: ChildProcess = spawn(command, [...args, '--port', String(port), '--strictPort'], {
		stdio: ['ignore', 'pipe', 'pipe'],
		detached: true
	});
	let output = '';
	child.stdout?.on('data', (d: Buffer) => (output += d.toString()));
	child.stderr?.on('data', (d: Buffer) => (output += d.toString()));
	const url = `http://localhost:${port}`;
	const stop = () => {
		if (child.pid && child.exitCode === null) {
			try {
				process.kill(-child.pid, 'SIGTERM');
			} catch {
				// already gone
			}
		}
	};
	const deadline = Date.now() + 60_000;
	while (Date.now() < deadline) {
		if (child.exitCode !== null) break;
		try {
			if ((await fetch(url)).status < 500) return { url, stop };
		} catch {
			// not listening yet
		}
		await new Promise((r) => setTimeout(r, 200));
	}
	stop();
	throw new Error(`${command} ${args.join(' ')} did not start on port ${port}:\n${output}`);
}
