// Test hooks (read-only probes on `window` that the browser tests and the bench read) exist only in a
// build made with `--mode test` (tests/browser/global-setup.ts and the benches build that way), never
// in the production build (`npm run build`); tests/architecture/production-build.test.ts checks it.
// Vite replaces import.meta.env.MODE at build time, so the production bundle drops the hooks' code.
export const TEST_HOOKS: boolean = import.meta.env.MODE === 'test';

declare global {
  interface Window {
    /** Test builds: analysis queries each screen has sent to the worker pool, by screen. */
    __thresholdQueries?: Record<string, number>;
  }
}

/** Count one query sent to the worker pool by `screen` (test builds only; nothing in production). */
export function countQuery(screen: string): void {
  if (!TEST_HOOKS) return;
  const counts = (window.__thresholdQueries ??= {});
  counts[screen] = (counts[screen] ?? 0) + 1;
}
