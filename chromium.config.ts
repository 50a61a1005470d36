// One Chromium setup for Playwright e2e and Vitest browser mode (see ../shared/design/stack-notes.md).
import { chromium } from 'playwright';
import { existsSync } from 'node:fs';

/**
 * 1. $CHROMIUM_PATH; 2. Playwright's own browser if `npx playwright install chromium` was run;
 * 3. the distribution's Chromium (Debian: `apt-get install chromium`); 4. undefined, which gives
 * Playwright's own "please install" message.
 */
function chromiumExecutable(): string | undefined {
	if (process.env.CHROMIUM_PATH) return process.env.CHROMIUM_PATH;
	if (existsSync(chromium.executablePath())) return undefined;
	return ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/lib/chromium/chromium'].find(
		(p) => existsSync(p)
	);
}

export const chromiumLaunchOptions = {
	executablePath: chromiumExecutable(),
	args: [
		// Software WebGL, the same on every machine with or without a GPU.
		'--use-angle=swiftshader',
		'--enable-unsafe-swiftshader',
		'--ignore-gpu-blocklist',
		'--no-sandbox',
		'--disable-dev-shm-usage',
		'--disable-background-networking',
		'--disable-component-update',
		'--disable-sync',
		'--no-first-run',
		'--disable-default-apps',
		'--disable-domain-reliability',
		'--metrics-recording-only',
		// No DNS for anything but localhost: a stray remote fetch fails at once instead of leaking.
		'--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE localhost , EXCLUDE 127.0.0.1'
	]
};
