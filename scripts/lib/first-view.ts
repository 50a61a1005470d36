// What a real Chromium fetches for the first view: every response from navigation until the map's
// first `idle` (scripts, data, styles, fonts, images), each sized by gzipping the bytes the page got.
// Used by scripts/check-budgets.ts (CI) and scripts/bench/ (docs/performance.md).
import type { Browser, BrowserContext, Page, Request } from 'playwright';
import { gzipSync } from 'node:zlib';

export type FetchKind = 'js' | 'data' | 'css' | 'font' | 'image' | 'other';

export interface FetchedFile {
	/** Path (and query) on the server the page was loaded from. */
	path: string;
	kind: FetchKind;
	/** The body as the page received it (decoded), gzipped at zlib's default level. */
	gzipBytes: number;
	rawBytes: number;
}

export interface FirstView {
	files: FetchedFile[];
	/** performance.now() at the map's first idle, ms from navigation start. */
	idleMs: number;
}

/** Sorts a response into the budget it counts against, from its resource type and path. */
export function fetchKind(resourceType: string, path: string, contentType = ''): FetchKind {
	const p = path.split('?')[0] ?? path;
	if (resourceType === 'script' || /\.m?js$/.test(p) || /javascript/.test(contentType)) return 'js';
	if (resourceType === 'stylesheet' || /\.css$/.test(p)) return 'css';
	if (resourceType === 'font' || /\.(woff2?|ttf|otf|pbf)$/.test(p)) return 'font';
	if (resourceType === 'image' || /\.(png|jpe?g|svg|webp|gif|ico)$/.test(p)) return 'image';
	if (
		['document', 'fetch', 'xhr'].includes(resourceType) ||
		/\.(json|html?)$/.test(p) ||
		/json|html/.test(contentType)
	)
		return 'data';
	return 'other';
}

/** Marks `window.__idleAt` (ms from navigation start) when the map container is first idle. */
export const IDLE_PROBE = (): void => {
	const w = window as unknown as { __idleAt?: number };
	new MutationObserver((_, observer) => {
		if (document.querySelector('[data-testid="map"][data-idle="true"]')) {
			w.__idleAt = performance.now();
			observer.disconnect();
		}
	}).observe(document, { subtree: true, attributes: true, attributeFilter: ['data-idle'] });
};

/**
 * A fresh browser context (cold cache) in which nothing may leave localhost (as in the e2e tests) and
 * `window.__idleAt` marks the map's first idle.
 */
export async function freshContext(
	browser: Browser,
	viewport = { width: 1000, height: 720 }
): Promise<BrowserContext> {
	const ctx = await browser.newContext({ viewport, deviceScaleFactor: 1 });
	await ctx.route(
		(u) => !['localhost', '127.0.0.1'].includes(u.hostname) && u.protocol.startsWith('http'),
		(route) => route.abort('blockedbyclient')
	);
	await ctx.addInitScript(IDLE_PROBE);
	return ctx;
}

/** Waits for the map's first idle (freshContext's probe); ms from navigation start. */
export async function idleAt(page: Page, timeout = 120_000): Promise<number> {
	await page.waitForFunction(() => (window as { __idleAt?: number }).__idleAt !== undefined, null, {
		timeout
	});
	return page.evaluate(() => (window as unknown as { __idleAt: number }).__idleAt);
}

/**
 * Loads `url` in a fresh context (cold cache, nothing may leave localhost) and returns every response
 * the page received before the map's first idle, in the order they were requested.
 */
export async function measureFirstView(
	browser: Browser,
	url: string,
	viewport = { width: 1000, height: 720 }
): Promise<FirstView> {
	const ctx = await freshContext(browser, viewport);
	try {
		const origin = new URL(url).origin;
		const pending: Promise<(FetchedFile & { url: string; startedAt: number }) | null>[] = [];
		let idle = false;
		// Every request made before the idle counts, also one whose body arrives after it.
		ctx.on('request', (request: Request) => {
			if (idle || !request.url().startsWith(origin)) return;
			pending.push(
				(async () => {
					const response = await request.response().catch(() => null);
					if (!response || response.status() >= 300) return null;
					const body = await response.body().catch(() => null);
					if (!body) return null;
					const u = new URL(request.url());
					const path = u.pathname + u.search;
					return {
						url: request.url(),
						// Wall-clock ms when the request started (Playwright's timing), to compare with
						// the idle for requests that are not the page's resources (a service worker's).
						startedAt: request.timing().startTime,
						path,
						kind: fetchKind(request.resourceType(), path, response.headers()['content-type']),
						gzipBytes: gzipSync(body).length,
						rawBytes: body.length
					};
				})()
			);
		});
		const page = await ctx.newPage();
		await page.goto(url);
		const idleMs = await idleAt(page);
		idle = true;
		const responses = await Promise.all(pending);
		// The probe is polled, so a request may slip in between the idle and `idle = true`: the page's
		// own resource timings (written when a response ends, so read once all have) say which started
		// after the idle.
		const timings = await page.evaluate(
			(at) => ({
				late: performance
					.getEntriesByType('resource')
					.filter((e) => e.startTime > at)
					.map((e) => e.name),
				idleAtEpochMs: performance.timeOrigin + at
			}),
			idleMs
		);
		const late = new Set(timings.late);
		const { idleAtEpochMs } = timings;
		// A file asked for twice (a prefetch hint, then its use) reached the page once; the copy with
		// the body counts (the browser may hand the second use an empty one from its cache).
		const byPath = new Map<string, FetchedFile>();
		for (const got of responses) {
			// A request the page's timings do not list (the service worker's script and its fetches)
			// is late when Chromium started it after the idle.
			if (!got || late.has(got.url) || got.startedAt > idleAtEpochMs) continue;
			if ((byPath.get(got.path)?.rawBytes ?? -1) >= got.rawBytes) continue;
			byPath.set(got.path, {
				path: got.path,
				kind: got.kind,
				gzipBytes: got.gzipBytes,
				rawBytes: got.rawBytes
			});
		}
		return { files: [...byPath.values()], idleMs };
	} finally {
		await ctx.close();
	}
}
