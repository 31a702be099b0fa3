// Rotta's service worker: the app works offline after its first visit.
//
// This is a template: scripts/post-build.mjs (a Trunk post_build hook) fills in BUILD and
// PRECACHE with the exact files of the build (hashed names included), each with the SHA-256
// (hex) of its bytes, as {url, sha256}, and writes the result
// as sw.js beside index.html. A new build has a new BUILD, so its sw.js differs byte for byte
// and the browser installs it as an update.
//
// - install: fetches every file of the build and checks its bytes against the SHA-256 listed
//   for it; only if every file is there and matches does it cache them, in a cache named after
//   BUILD. A file missing or from another build (a CDN serving a new index.html with an old
//   wasm, or the reverse) fails the install: nothing is cached, the new worker is discarded
//   and the previous build stays the offline copy. It does NOT call skipWaiting(): the new version waits until the user accepts it (the app shows "A new
//   version of Rotta is available — Reload" and posts {type: "SKIP_WAITING"}).
// - activate: deletes this app's caches of older builds (only ours: other apps on the same
//   origin keep theirs) and takes control of open pages.
// - fetch: the app's page (the scope's directory or index.html, with any ?step=…) is served
//   from the cache, so a page and its assets always come from the same build and it opens
//   with no network; other same-origin files are cache-first; anything else (other
//   origins, non-GET) is never touched.
// - the host's files (docs/hosting.md): rotta.config.json and the images the build does not
//   have (the host's logo) are the host's, edited without a build, so they are not in PRECACHE
//   (their bytes would not match a hash) but in a cache of their own that a new build keeps
//   (HOST_CACHE), stale-while-revalidate: answered from the cache at once when there is a
//   copy (the app waits for its config before it mounts: no network wait, and it works
//   offline), and fetched again in the background, so an edit shows from the next visit.
//   A 404 is never cached as a config: it deletes the copy (the host removed the file);
//   offline with no copy, the config is answered 204 (none), not a network error.
// All URLs are relative to this file, so the app works under any sub-path.

const BUILD = /*BUILD*/ 'dev';
const PRECACHE = /*PRECACHE*/ [];

const SCOPE = new URL('./', self.location).href;
const CACHE_PREFIX = `rotta:${SCOPE}:`;
const CACHE = CACHE_PREFIX + BUILD;
const SHELL = SCOPE; // the page, cached under the scope's directory URL
const HOST_CACHE = `rotta-host:${SCOPE}`;
const HOST_CONFIG = SCOPE + 'rotta.config.json';

self.addEventListener('install', event => {
  event.waitUntil((async () => {
    // Everything is fetched and checked before anything is cached: the cache of a build holds
    // the whole build or does not exist. `reload` skips the HTTP cache.
    const checked = await Promise.all(PRECACHE.map(async ({ url, sha256 }) => {
      const request = new Request(new URL(url, SCOPE), { cache: 'reload' });
      const response = await fetch(request);
      if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
      const found = hex(await crypto.subtle.digest('SHA-256', await response.clone().arrayBuffer()));
      if (found !== sha256) throw new Error(`${url} is not this build's file (SHA-256 ${found}, listed ${sha256})`);
      return [request, response];
    }));
    const cache = await caches.open(CACHE);
    try {
      for (const [request, response] of checked) await cache.put(request, response);
    } catch (error) {
      await caches.delete(CACHE); // e.g. out of quota: no half-filled cache is left behind
      throw error;
    }
    // The first visit read the host's config before this worker controlled the page: keep
    // it (and its logo) now, so the next visit works offline. Best effort: never fails.
    await keepHostFiles().catch(() => {});
  })());
});

/** rotta.config.json and the logo it names, into HOST_CACHE (when the host has them). */
async function keepHostFiles() {
  const config = await refresh(HOST_CONFIG);
  const logo = config && config.ok ? (await config.clone().json()).logo : null;
  // The same rule as core::host (a relative file inside the scope); the app checks it too.
  if (typeof logo === 'string' && /^[A-Za-z0-9._\/-]+$/.test(logo) && !logo.split('/').some(p => p === '' || p === '..')) {
    await refresh(new URL(logo, SCOPE).href);
  }
}

/**
 * Fetches a host file past the HTTP cache and keeps it in HOST_CACHE when found; a 404 or
 * 410 deletes the copy kept (the host removed the file). Resolves to the response.
 */
async function refresh(url) {
  const response = await fetch(url, { cache: 'no-cache' });
  const cache = await caches.open(HOST_CACHE);
  if (response.ok) await cache.put(url, response.clone());
  else if (response.status === 404 || response.status === 410) await cache.delete(url);
  return response;
}

/** A host file: the copy kept at once (refreshed in the background), else the network. */
async function hostFile(event, url) {
  const cached = await (await caches.open(HOST_CACHE)).match(url);
  const fresh = refresh(url);
  if (cached) {
    event.waitUntil(fresh.catch(() => {}));
    return cached;
  }
  return fresh;
}

/** The bytes of `buffer` in lower-case hexadecimal. */
function hex(buffer) {
  return Array.from(new Uint8Array(buffer), b => b.toString(16).padStart(2, '0')).join('');
}

self.addEventListener('activate', event => {
  event.waitUntil((async () => {
    for (const name of await caches.keys()) {
      if (name.startsWith(CACHE_PREFIX) && name !== CACHE) await caches.delete(name);
    }
    await self.clients.claim();
  })());
});

self.addEventListener('message', event => {
  if (event.data && event.data.type === 'SKIP_WAITING') self.skipWaiting();
});

/** The app's page: the scope's directory or its index.html, whatever the query. */
function isAppPage(url) {
  const page = url.origin + url.pathname;
  return page === SCOPE || page === SCOPE + 'index.html';
}

self.addEventListener('fetch', event => {
  const request = event.request;
  if (request.method !== 'GET') return;
  const url = new URL(request.url);
  if (url.origin !== self.location.origin || !url.href.startsWith(SCOPE)) return;
  if (request.mode === 'navigate' && isAppPage(url)) {
    event.respondWith(appPage(request));
    return;
  }
  if (url.origin + url.pathname === HOST_CONFIG) {
    // Offline with no copy kept (most sites have no config): 204, which the app reads as
    // "none" without the browser logging a failed request on every offline start.
    event.respondWith(hostFile(event, HOST_CONFIG).catch(() => new Response(null, { status: 204 })));
    return;
  }
  if (request.destination === 'image') {
    event.respondWith(imageFile(event, request));
    return;
  }
  event.respondWith(cacheFirst(request));
});

/** An image: the build's from its cache; another (the host's logo) as a host file. */
async function imageFile(event, request) {
  const cached = await (await caches.open(CACHE)).match(request);
  return cached || hostFile(event, request.url);
}

async function appPage(request) {
  const cache = await caches.open(CACHE);
  const cached = await cache.match(SHELL);
  if (cached) return cached;
  return fetch(request);
}

async function cacheFirst(request) {
  const cache = await caches.open(CACHE);
  const cached = await cache.match(request);
  return cached || fetch(request);
}
