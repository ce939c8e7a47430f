// Test hooks (read-only probes on `window` that the browser tests and the bench read) exist only in a
// build made with `--mode test` (tests/browser/global-setup.ts and the benches build that way), never
// in the production build (`npm run build`); tests/architecture/production-build.test.ts checks it.
// Vite replaces import.meta.env.MODE at build time, so the production bundle drops the hooks' code.
export const TEST_HOOKS: boolean = import.meta.env.MODE === 'test';
