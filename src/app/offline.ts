// Offline support: registers the build's service worker (sw.js, emitted by src/app/offline-plugin.ts)
// so that after the first load every screen and the analysis workers run with the network off.
// Only in a production build over http(s): the dev server serves modules that change on every edit.

/** Resolves true once a service worker controls the page or is installed, false where none can run. */
export function registerOffline(): Promise<boolean> {
  if (!import.meta.env.PROD || typeof navigator === 'undefined' || !('serviceWorker' in navigator)) return Promise.resolve(false);
  if (!/^https?:$/.test(location.protocol)) return Promise.resolve(false);
  return navigator.serviceWorker.register('./sw.js', { scope: './' })
    .then(() => navigator.serviceWorker.ready)
    .then(() => true)
    .catch(() => false);
}

if (typeof window !== 'undefined') {
  const w = window as Window & { __thresholdOffline?: Promise<boolean> };
  w.__thresholdOffline = registerOffline();
}
