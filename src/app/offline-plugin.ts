// Vite build plugin: emits sw.js, a service worker that precaches every file of this build (chunks,
// workers, CSS, index.html and the public folder) so the app works offline after the first load.
// The cache name carries a hash of the file list, so each build gets its own cache and old ones go.
import { readdirSync } from 'node:fs';
import type { Plugin } from 'vite';

function hashOf(text: string): string {
  let h = 2166136261;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 16777619);
  return (h >>> 0).toString(36);
}

/** The service worker's source; runs in the browser, not in node, so it is plain self-contained JS. */
export function serviceWorkerSource(files: readonly string[], version: string): string {
  return `// Threshold offline cache (generated at build time by src/app/offline-plugin.ts).
const CACHE = 'threshold-${version}';
const FILES = ${JSON.stringify(['./', ...files.map((f) => './' + f)])};
self.addEventListener('install', (event) => {
  event.waitUntil(caches.open(CACHE).then((cache) => cache.addAll(FILES)).then(() => self.skipWaiting()));
});
self.addEventListener('activate', (event) => {
  event.waitUntil(caches.keys()
    .then((keys) => Promise.all(keys.filter((k) => k.startsWith('threshold-') && k !== CACHE).map((k) => caches.delete(k))))
    .then(() => self.clients.claim()));
});
self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET' || new URL(request.url).origin !== self.location.origin) return;
  // Cache first; a page URL with a query or hash (share links) is served from the cached index.html.
  event.respondWith(caches.open(CACHE).then(async (cache) => {
    const hit = await cache.match(request, { ignoreSearch: request.mode === 'navigate', ignoreVary: true });
    if (hit) return hit;
    try {
      return await fetch(request);
    } catch (error) {
      if (request.mode === 'navigate') {
        const index = await cache.match('./', { ignoreVary: true });
        if (index) return index;
      }
      throw error;
    }
  }));
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
