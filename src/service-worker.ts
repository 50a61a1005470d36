/// <reference types="@sveltejs/kit" />
/// <reference no-default-lib="true"/>
/// <reference lib="esnext" />
/// <reference lib="webworker" />
/**
 * Offline after the first visit: on install the worker caches the whole built site (SvelteKit's
 * `build` — the app code, MapLibre and its worker, the basemap — the `static/` files and every
 * prerendered page and data file), so the map, the itinerary, the sources and the exports work
 * without a network. Each deploy has its own cache (`version`); the new worker takes over once no
 * page of the old one is open (no skipWaiting: an open page keeps the code it was built with), and
 * then deletes every older cache.
 * https://svelte.dev/docs/kit/service-workers
 */
import { build, files, prerendered, version } from '$service-worker';

const sw = self as unknown as ServiceWorkerGlobalScope;
const PREFIX = 'echelon-';
const CACHE = `${PREFIX}${version}`;
const ASSETS = new Set([...build, ...files, ...prerendered]);

sw.addEventListener('install', (event) => {
	event.waitUntil(caches.open(CACHE).then((cache) => cache.addAll([...ASSETS])));
});

sw.addEventListener('activate', (event) => {
	event.waitUntil(
		(async () => {
			for (const key of await caches.keys())
				if (key.startsWith(PREFIX) && key !== CACHE) await caches.delete(key);
			// The first visit's page is served by this worker from now on, without a reload.
			await sw.clients.claim();
		})()
	);
});

sw.addEventListener('fetch', (event) => {
	const { request } = event;
	const url = new URL(request.url);
	if (request.method !== 'GET' || url.origin !== sw.location.origin) return;
	// A page with a query (`/?journey=exile&stop=…`) is the prerendered page at that path.
	if (ASSETS.has(url.pathname) && (request.mode === 'navigate' || !url.search)) {
		event.respondWith(fromCache(url.pathname, request));
		return;
	}
	// Anything else (an `?import=` file of the reader's, say): the network, else a copy from before.
	event.respondWith(networkFirst(request));
});

/** Cache first: the precached copy of this deploy, the network only if it is somehow missing. */
async function fromCache(path: string, request: Request): Promise<Response> {
	const cached = await caches.match(path, { cacheName: CACHE, ignoreSearch: true });
	return cached ?? fetch(request);
}

async function networkFirst(request: Request): Promise<Response> {
	const cache = await caches.open(CACHE);
	try {
		const response = await fetch(request);
		if (response.ok && response.type === 'basic') await cache.put(request, response.clone());
		return response;
	} catch (error) {
		const cached = await cache.match(request);
		if (cached) return cached;
		throw error;
	}
}
