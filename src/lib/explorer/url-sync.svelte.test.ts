// URL writes, in the browser where effects run: one write per action, none while playing.
import { describe, expect, it } from 'vitest';
import { flushSync } from 'svelte';
import { tinyJourney } from '$lib/journey/fixtures/tiny-geodata';
import { Explorer } from './explorer.svelte';
import { startUrlSync } from './url-sync.svelte';

describe('startUrlSync', () => {
	it('writes the URL once per action and never while playing', () => {
		const explorer = new Explorer({ journeys: [tinyJourney()], places: {} });
		const writes: string[] = [];
		const stop = startUrlSync(explorer, (search) => writes.push(search));
		flushSync();
		expect(writes).toHaveLength(1);

		explorer.select(tinyJourney().stops[2]!.id);
		flushSync();
		expect(writes).toHaveLength(2);
		expect(writes[1]).toContain('stop=');

		explorer.playback.play();
		flushSync();
		explorer.playback.frame(16);
		explorer.playback.frame(16);
		flushSync();
		expect(writes).toHaveLength(2);

		explorer.playback.pause();
		flushSync();
		expect(writes).toHaveLength(3);
		stop();
		explorer.clearSelection();
		flushSync();
		expect(writes).toHaveLength(3);
	});
});
