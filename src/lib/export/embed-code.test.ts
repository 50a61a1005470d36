import { describe, expect, it } from 'vitest';
import { embedCode, embedUrl } from './embed-code';

describe('embed code', () => {
	it('keeps the view and adds embed once', () => {
		expect(embedUrl('https://x.org/echelon/?journey=train&t=1918-08-10')).toBe(
			'https://x.org/echelon/?journey=train&t=1918-08-10&embed'
		);
		expect(embedUrl('https://x.org/?embed&journey=exile')).toBe(
			'https://x.org/?journey=exile&embed'
		);
	});

	it('is one iframe with escaped attributes', () => {
		const code = embedCode('https://x.org/?journey=train&stop=a', 'Trotsky\'s "train" <1918>');
		expect(code).toMatch(/^<iframe [^<>]*><\/iframe>$/);
		expect(code).toContain('src="https://x.org/?journey=train&amp;stop=a&amp;embed"');
		expect(code).toContain('title="Trotsky\'s &quot;train&quot; &lt;1918&gt; (Echelon)"');
	});
});
