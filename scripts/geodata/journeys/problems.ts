/**
 * Problems found in a journey's tables, collected rather than thrown one at a time, so that one
 * build run lists every row to fix. Each message starts with where: `stops.csv:14` or a built id.
 */
export class Problems {
	readonly messages: string[] = [];

	add(where: string, message: string): void {
		this.messages.push(`${where}: ${message}`);
	}

	/** Stops the build when anything was found; nothing has been written by then. */
	throwIfAny(journey: string): void {
		if (this.messages.length === 0) return;
		const count = `${this.messages.length} problem(s) in geodata/src/${journey}/; nothing written`;
		throw new Error(`${this.messages.join('\n')}\n${count}`);
	}
}
