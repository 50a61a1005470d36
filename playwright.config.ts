import { defineConfig, devices } from '@playwright/test';
import { chromiumLaunchOptions } from './chromium.config.ts';

// E2E_PORT lets several worktrees on one machine each test their own build side by side.
const port = Number(process.env.E2E_PORT ?? 4173);

export default defineConfig({
	testDir: 'tests/e2e',
	testMatch: '**/*.e2e.ts',
	timeout: 60_000,
	expect: { timeout: 20_000 },
	// 2 cores and software WebGL: one worker keeps runs stable.
	workers: 1,
	forbidOnly: !!process.env.CI,
	reporter: process.env.CI ? 'list' : 'line',
	webServer: {
		command: `npm run build && npm run preview -- --port ${port} --strictPort`,
		port,
		reuseExistingServer: !process.env.CI,
		timeout: 180_000
	},
	use: {
		baseURL: `http://localhost:${port}`,
		deviceScaleFactor: 1,
		trace: 'retain-on-failure',
		// The site's service worker would answer requests before page.route() sees them; only the
		// offline test (tests/e2e/offline.e2e.ts) lets it run.
		serviceWorkers: 'block'
	},
	projects: [
		{
			name: 'chromium',
			use: {
				...devices['Desktop Chrome'],
				viewport: { width: 1000, height: 720 },
				launchOptions: chromiumLaunchOptions
			}
		}
	]
});
