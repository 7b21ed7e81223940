// The service worker, installed only when the reader asks for it (download page): it saves every file the
// manifest lists (pages, styles, scripts, search index, exports) and serves them from that copy, so the site
// opens and searches with no connection. A new build changes VERSION, hence this file: the browser installs
// the new copy and the old one is deleted.
declare const VERSION: string;

// The few service-worker types used here (the project compiles against the DOM library, not the worker one).
interface WaitEvent extends Event {
  waitUntil(work: Promise<unknown>): void;
}
interface RequestEvent extends WaitEvent {
  readonly request: Request;
  respondWith(response: Promise<Response>): void;
}
interface WorkerScope {
  readonly registration: ServiceWorkerRegistration;
  readonly location: Location;
  readonly clients: { claim(): Promise<void> };
  skipWaiting(): Promise<void>;
  addEventListener(type: 'install' | 'activate', listener: (event: WaitEvent) => void): void;
  addEventListener(type: 'fetch', listener: (event: RequestEvent) => void): void;
}
const worker = self as unknown as WorkerScope;

const CACHE = `atlas-${VERSION}`;
const scope = () => worker.registration.scope;

worker.addEventListener('install', (event) => {
  event.waitUntil(
    (async () => {
      const manifestUrl = new URL('sw-manifest.json', scope()).href;
      const response = await fetch(manifestUrl, { cache: 'no-store' });
      const manifest = (await response.clone().json()) as { files: string[] };
      const cache = await caches.open(CACHE);
      // Kept too: the download page then reads the state of this copy, even with no connection.
      await cache.put(manifestUrl, response);
      // In small batches, so that the page can show progress (it counts what is in the cache).
      for (let i = 0; i < manifest.files.length; i += 25) await cache.addAll(manifest.files.slice(i, i + 25).map((f) => new URL(f, scope()).href));
      await worker.skipWaiting();
    })(),
  );
});

worker.addEventListener('activate', (event) => {
  event.waitUntil(
    (async () => {
      for (const key of await caches.keys()) if (key.startsWith('atlas-') && key !== CACHE) await caches.delete(key);
      await worker.clients.claim();
    })(),
  );
});

worker.addEventListener('fetch', (event) => {
  const { request } = event;
  if (request.method !== 'GET' || new URL(request.url).origin !== worker.location.origin) return;
  // The saved copy first (the query string, e.g. a search, does not change the file), the network otherwise.
  event.respondWith((async () => (await (await caches.open(CACHE)).match(request, { ignoreSearch: true })) ?? fetch(request))());
});
