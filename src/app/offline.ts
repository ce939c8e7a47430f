// Offline support: registers the build's service worker (sw.js, emitted by src/app/offline-plugin.ts)
// so that after the first load every screen and the analysis workers run with the network off.
// Only in a built app over http(s), not under the dev server (import.meta.hot), whose modules change on
// every edit. (import.meta.env.PROD is not used: a build made under Vitest, NODE_ENV=test, has it false.)

import { TEST_HOOKS } from './test-hooks';

/** Resolves true once a service worker controls the page or is installed, false where none can run. */
export function registerOffline(): Promise<boolean> {
  if (import.meta.hot || typeof navigator === 'undefined' || !('serviceWorker' in navigator)) return Promise.resolve(false);
  if (!/^https?:$/.test(location.protocol)) return Promise.resolve(false);
  try {
    // In a sandboxed frame without allow-same-origin even reading navigator.serviceWorker throws.
    const container = navigator.serviceWorker;
    return container
      .register('./sw.js', { scope: './' })
      .then(() => container.ready)
      .then(() => true)
      .catch(() => false);
  } catch {
    return Promise.resolve(false);
  }
}

if (typeof window !== 'undefined') {
  const registered = registerOffline();
  if (TEST_HOOKS) (window as Window & { __thresholdOffline?: Promise<boolean> }).__thresholdOffline = registered;
}
