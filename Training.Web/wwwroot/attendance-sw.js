// Lets a day's attendance list open without a connection. The page caches itself and its assets when opened
// (js/attendance-day.js); this worker answers from that cache only when the network fails, and leaves every other
// request alone.
const CACHE = 'attendance-v1';
const DAY_LIST = /^\/sessions\/\d+\/attendance\/days\/\d+$/;
const ASSETS = /^\/(lib|css|js)\//;

self.addEventListener('install', () => self.skipWaiting());
self.addEventListener('activate', event => event.waitUntil(self.clients.claim()));

self.addEventListener('fetch', event => {
  const request = event.request;
  const url = new URL(request.url);
  if (request.method !== 'GET' || url.origin !== self.location.origin) return;
  if (!DAY_LIST.test(url.pathname) && !ASSETS.test(url.pathname)) return;
  event.respondWith(fetch(request).catch(() =>
    caches.open(CACHE)
      .then(cache => cache.match(request, { ignoreVary: true }))
      .then(cached => cached || Response.error())));
});
