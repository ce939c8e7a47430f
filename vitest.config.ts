// Three projects. "unit": engine, model, view geometry, app logic and CLI in plain node. "browser":
// every browser test in real Chromium (playwright-core), for `npm run test:full`. "smoke": the
// browser tests of the fast tier (`npm test`): every screen, one whole game, workers ≡ node, axe,
// storage, CSP, offline and short fuzz runs. Tier sizes live in tests/tier.ts.
import { defineConfig } from 'vitest/config';

/** The browser files of the fast tier; each is also part of the full "browser" project. */
export const SMOKE_FILES = [
  'tests/browser/smoke.test.ts',
  'tests/browser/game.test.ts',
  'tests/browser/determinism.test.ts',
  'tests/browser/a11y.test.ts',
  'tests/browser/storage.test.ts',
  'tests/browser/csp.test.ts',
  'tests/browser/worker-policy.test.ts',
  'tests/browser/offline.test.ts',
  'tests/browser/fuzz-url.test.ts',
  'tests/browser/fuzz-ui.test.ts',
  'tests/browser/analysis-relocalize.test.ts',
];

const browserProject = (name: string, include: string[]) => ({
  test: {
    name,
    include,
    environment: 'node' as const,
    globalSetup: ['tests/browser/global-setup.ts'],
    testTimeout: 180_000,
    hookTimeout: 180_000,
    fileParallelism: false,
  },
});

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['tests/engine/**/*.test.ts', 'tests/architecture/**/*.test.ts', 'tests/model/**/*.test.ts', 'tests/view/**/*.test.ts', 'tests/cli/**/*.test.ts', 'tests/app/**/*.test.ts', 'tests/analysis/**/*.test.ts'],
          environment: 'node',
          testTimeout: 120_000,
        },
      },
      browserProject('browser', ['tests/browser/**/*.test.ts']),
      browserProject('smoke', SMOKE_FILES),
    ],
  },
});
