// The service worker: CoPlan's own files kept on the device, so the app opens offline.
// A plain file copied by Trunk; the build stamps VERSION and FILES into it (see
// .ci/stamp-sw.mjs), so each release has its own cache and a new release is noticed.
// A new version waits until the person chooses to reload: never in the middle of an edit.
const VERSION = '__VERSION__';
const FILES = ['./'];
const CACHE = `coplan-${VERSION}`;

self.addEventListener('install', (event) => {
  event.waitUntil(caches.open(CACHE).then((cache) => cache.addAll(FILES)));
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

// The page asks for the waiting version only when the person says "Reload".
self.addEventListener('message', (event) => {
  if (event.data === 'apply-update') self.skipWaiting();
});

// The app's own files from the cache (any address of the app is its one page); nothing
// else is ever fetched, and nothing but the app's own origin is touched.
self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET' || new URL(request.url).origin !== self.location.origin) return;
  event.respondWith((async () => {
    const cache = await caches.open(CACHE);
    const hit = await cache.match(request, { ignoreSearch: true })
      ?? (request.mode === 'navigate' ? await cache.match('./') : undefined);
    return hit ?? fetch(request);
  })());
});
