// Vite build plugin: emits sw.js, a service worker that precaches every file of this build (chunks,
// workers, CSS, index.html and the public folder) so the app works offline after the first load.
// The cache name carries a hash of the file list, so each build gets its own cache; an older build's
// cache stays while a page of that build is still open (see serviceWorkerSource).
import { readdirSync } from 'node:fs';
import type { Plugin } from 'vite';

function hashOf(text: string): string {
  let h = 2166136261;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 16777619);
  return (h >>> 0).toString(36);
}

/**
 * The service worker's source; runs in the browser, not in node, so it is plain self-contained JS.
 *
 * Updates (docs/hosting.md, "Updates"): a new build's worker takes over at once (skipWaiting, claim),
 * but a page that was opened under the previous build keeps running that build's code and later asks
 * for its hashed files (the board's and the analysis chunks are loaded on demand), which the new build
 * does not have. So a file missing from this build's cache is looked up in the older builds' caches,
 * and those caches are kept while any page that was open at the take-over is still open (their ids are
 * kept in this build's cache under HELD, so a restarted worker still knows them); once they have all
 * gone (closed or reloaded), the older caches are deleted.
 */
export function serviceWorkerSource(files: readonly string[], version: string): string {
  return `// Threshold offline cache (generated at build time by src/app/offline-plugin.ts).
const PREFIX = 'threshold-';
const CACHE = PREFIX + '${version}';
const FILES = ${JSON.stringify(['./', ...files.map((f) => './' + f)])};
const HELD = './__threshold-sw/held-clients';
let tidyDue = true;
const older = async () => (await caches.keys()).filter((k) => k.startsWith(PREFIX) && k !== CACHE);
async function heldIds(cache) {
  try {
    const held = await cache.match(HELD);
    return held ? JSON.parse(await held.text()) : [];
  } catch {
    return [];
  }
}
self.addEventListener('install', (event) => {
  event.waitUntil(caches.open(CACHE).then((cache) => cache.addAll(FILES)).then(() => self.skipWaiting()));
});
self.addEventListener('activate', (event) => {
  event.waitUntil((async () => {
    const others = await older();
    if (others.length > 0) {
      const open = await self.clients.matchAll({ includeUncontrolled: true, type: 'all' });
      const cache = await caches.open(CACHE);
      if (open.length === 0) await Promise.all(others.map((k) => caches.delete(k)));
      else await cache.put(HELD, new Response(JSON.stringify([...new Set([...(await heldIds(cache)), ...open.map((c) => c.id)])])));
    }
    tidyDue = true;
    await self.clients.claim();
  })());
});
/** Delete the older builds' caches once no page that was open when this build took over remains. */
async function tidy() {
  if (!tidyDue) return;
  tidyDue = false;
  const cache = await caches.open(CACHE);
  const held = await heldIds(cache);
  if (held.length === 0) return;
  const alive = await Promise.all(held.map((id) => self.clients.get(id)));
  if (alive.some(Boolean)) {
    tidyDue = true;
    return;
  }
  await Promise.all((await older()).map((k) => caches.delete(k)));
  await cache.delete(HELD);
}
self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET' || new URL(request.url).origin !== self.location.origin) return;
  const navigate = request.mode === 'navigate';
  // Cache first; a page URL with a query or hash (share links) is served from the cached index.html.
  // A file this build lacks (an older page's chunk) comes from an older build's cache.
  event.respondWith((async () => {
    const cache = await caches.open(CACHE);
    let hit = await cache.match(request, { ignoreSearch: navigate, ignoreVary: true });
    if (!hit && !navigate) {
      for (const name of await older()) {
        hit = await (await caches.open(name)).match(request, { ignoreVary: true });
        if (hit) break;
      }
    }
    if (hit) return hit;
    try {
      return await fetch(request);
    } catch (error) {
      if (navigate) {
        const index = await cache.match('./', { ignoreVary: true });
        if (index) return index;
      }
      throw error;
    }
  })());
  event.waitUntil(tidy().catch(() => {}));
});
`;
}

export function offlinePlugin(publicDir = 'assets'): Plugin {
  return {
    name: 'threshold-offline',
    apply: 'build',
    generateBundle(_options, bundle) {
      let publicFiles: string[] = [];
      try {
        publicFiles = readdirSync(publicDir, { withFileTypes: true })
          .filter((d) => d.isFile())
          .map((d) => d.name);
      } catch {
        publicFiles = [];
      }
      const files = [...new Set(['index.html', ...Object.keys(bundle), ...publicFiles])].filter((f) => f !== 'sw.js' && !f.endsWith('.map')).sort();
      this.emitFile({ type: 'asset', fileName: 'sw.js', source: serviceWorkerSource(files, hashOf(files.join('\n'))) });
    },
  };
}
