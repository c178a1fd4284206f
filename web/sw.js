// The service worker: CoPlan's own files kept on the device, so the app opens offline.
// A plain file copied by Trunk; the build stamps VERSION, FILES and PARTS into it (see
// .ci/stamp-sw.mjs), so each release has its own cache and a new release is noticed.
// A new version waits until the person chooses to reload: never in the middle of an edit.
const VERSION = '__VERSION__';
// The first screen's files: kept when the worker installs.
const FILES = ['./'];
// The parts fetched when first needed (src/app/parts.rs): kept when the page says it is
// idle ('keep-parts'), so they never compete with the first screen, and kept as they
// are fetched meanwhile. After one visit the whole app works offline.
const PARTS = [];
const CACHE = `coplan-${VERSION}`;

// Fetched fresh (never from the browser's HTTP cache): the first screen's files must all
// be this release's, or a part of this release would not fit the module it joins.
self.addEventListener('install', (event) => {
  event.waitUntil(caches.open(CACHE)
    .then((cache) => cache.addAll(FILES.map((f) => new Request(f, { cache: 'no-cache' })))));
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches.keys()
      .then((keys) => Promise.all(keys
        .filter((key) => key.startsWith('coplan-') && key !== CACHE)
        .map((key) => caches.delete(key))))
      .then(() => self.clients.claim()),
  );
});

/** Keeps every part not yet kept; one that fails is tried again next time. */
async function keepParts() {
  const cache = await caches.open(CACHE);
  await Promise.all(PARTS.map(async (part) => {
    if (await cache.match(part)) return;
    try {
      const response = await fetch(part);
      if (response.ok) await cache.put(part, response);
    } catch {
      // Offline now: the part is fetched when first opened, or at the next idle time.
    }
  }));
}

self.addEventListener('message', (event) => {
  // The page asks for the waiting version only when the person says "Reload".
  if (event.data === 'apply-update') self.skipWaiting();
  if (event.data === 'keep-parts') event.waitUntil(keepParts());
});

const partUrls = new Set(PARTS.map((p) => new URL(p, self.location).href));

// The app's own files from the cache (any address of the app is its one page); nothing
// else is ever fetched, and nothing but the app's own origin is touched.
self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET' || new URL(request.url).origin !== self.location.origin) return;
  event.respondWith((async () => {
    const cache = await caches.open(CACHE);
    const hit = await cache.match(request, { ignoreSearch: true })
      ?? (request.mode === 'navigate' ? await cache.match('./') : undefined);
    if (hit) return hit;
    const response = await fetch(request);
    // A part fetched before the idle time came: keep it now.
    if (response.ok && partUrls.has(request.url)) event.waitUntil(cache.put(request, response.clone()));
    return response;
  })());
});
