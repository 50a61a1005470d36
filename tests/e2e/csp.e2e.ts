import { expect, test } from '@playwright/test';
import { clickHeaderTool, mapCall, waitForMapIdle, watchPage } from './helpers';

// The built site sends a Content-Security-Policy (svelte.config.js, kit.csp). This loads the app, draws
// the map, opens the distances chart and plays a little, and expects no CSP violation anywhere.
test('the app runs under its Content-Security-Policy without a violation', async ({ page }) => {
	await page.addInitScript(() => {
		const seen: string[] = [];
		(window as unknown as { __cspViolations: string[] }).__cspViolations = seen;
		document.addEventListener('securitypolicyviolation', (e) =>
			seen.push(
				`${e.effectiveDirective} blocked ${e.blockedURI || 'inline'} (${e.sourceFile}:${e.lineNumber})`
			)
		);
	});
	const watch = await watchPage(page);
	await page.goto('/');
	const csp = await page
		.locator('meta[http-equiv="content-security-policy"]')
		.getAttribute('content');
	expect(csp).toContain("script-src 'self' 'sha256-");
	expect(csp).not.toContain('unsafe-eval');
	expect(csp).toContain("worker-src 'self' blob:");

	await waitForMapIdle(page);
	// MapLibre's worker is running and WebGL draws: the map answers a query.
	expect(await mapCall(page, (m) => m.getStyle().layers.length)).toBeGreaterThan(3);
	await clickHeaderTool(page, 'Distances');
	await expect(page.getByTestId('distances-panel')).toBeVisible();
	await expect(page.getByTestId('distances-panel').locator('svg').first()).toBeVisible();
	await page.getByRole('button', { name: 'Close distances' }).click();
	const clock = async () => Number(await page.getByTestId('now').getAttribute('data-t'));
	const start = await clock();
	await page.getByRole('button', { name: 'Play' }).click();
	await expect.poll(clock).toBeGreaterThan(start);
	await page.getByRole('button', { name: 'Pause' }).click();
	await waitForMapIdle(page);

	const violations = await page.evaluate(
		() => (window as unknown as { __cspViolations: string[] }).__cspViolations
	);
	expect(violations).toEqual([]);
	expect(watch.errors.filter((e) => /Content.Security.Policy|CSP/i.test(e))).toEqual([]);
	expect(watch.errors).toEqual([]);
	expect(watch.offsite).toEqual([]);
});
