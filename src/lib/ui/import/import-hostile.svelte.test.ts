// Hostile files rendered: names, notes and messages built from generated markup and script go
// through the real importer into the panel's pieces, and none of it runs or becomes an element.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { render } from 'vitest-browser-svelte';
import { parseImport } from '$lib/import/import-file';
import ConfirmImport from './ConfirmImport.svelte';
import ProblemsAlert from './ProblemsAlert.svelte';

const none = { journeyIds: [], places: {}, sources: {} };
const payload = fc.constantFrom(
	'<img src=x onerror="window.__pwned=1">',
	'<script>window.__pwned=1</script>',
	'<svg onload="window.__pwned=1">',
	'javascript:window.__pwned=1',
	'"><iframe srcdoc="<script>parent.__pwned=1</script>">'
);
const row = fc
	.tuple(payload, fc.string({ maxLength: 8 }), fc.boolean())
	.map(
		([p, s, good]) =>
			`"${(p + s).replace(/"/g, '""')}",${good ? '55.7,37.6' : '555,x'},1920-05-0${good ? 1 : 2}`
	);

describe('hostile file text in the import panel', () => {
	it('shows names and problems as text, never as markup or script', () => {
		fc.assert(
			fc.property(fc.array(row, { minLength: 2, maxLength: 5 }), (rows) => {
				const text = `name,lat,lon,date\n${rows.join('\n')}\n`;
				const result = parseImport({ name: '<b>x</b>.csv', text }, none);
				const screen = result.ok
					? render(ConfirmImport, { result, onkeep: () => {}, oncancel: () => {} })
					: render(ProblemsAlert, {
							title: `${result.file} could not be imported`,
							issues: result.issues,
							reading: result.reading,
							ondismiss: () => {}
						});
				const html = screen.container;
				expect(html.querySelector('img, script, svg, iframe, b')).toBeNull();
				expect((window as { __pwned?: number }).__pwned).toBeUndefined();
				screen.unmount();
			}),
			{ numRuns: 60 }
		);
	});
});
