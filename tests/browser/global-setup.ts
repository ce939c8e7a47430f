// Builds the app once into test-output/dist-<pid>, serves it on 127.0.0.1 (random port) and starts one
// Chromium for every browser test file (each test opens its own fresh context in it). The server and
// the browser stop when the run ends, so nothing is left in the background.
import { rmSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { build, preview } from 'vite';
import type { TestProject } from 'vitest/node';
import { chromiumPath, NO_BROWSER_HINT } from '../../scripts/find-browser.mjs';
import { CHROMIUM_ARGS } from './browser';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
    browserEndpoint: string;
    distDir: string;
  }
}

export default async function setup(project: TestProject) {
  const executablePath = chromiumPath();
  if (!executablePath) throw new Error(NO_BROWSER_HINT);
  // A build of this run's own: two runs at once (two terminals, a helper) never serve each other's files.
  const outDir = `test-output/dist-${process.pid}`;
  const [server, browserServer] = await Promise.all([
    build({ mode: 'test', logLevel: 'warn', build: { outDir, emptyOutDir: true } }).then(() => preview({ logLevel: 'warn', build: { outDir }, preview: { host: '127.0.0.1', port: 0, strictPort: false } })),
    chromium.launchServer({ executablePath, args: CHROMIUM_ARGS }),
  ]);
  const address = server.httpServer.address();
  const port = typeof address === 'object' && address ? address.port : 4173;
  project.provide('baseUrl', `http://127.0.0.1:${port}/`);
  project.provide('browserEndpoint', browserServer.wsEndpoint());
  project.provide('distDir', outDir);
  return async () => {
    await browserServer.close();
    await new Promise<void>((resolve) => server.httpServer.close(() => resolve()));
    rmSync(outDir, { recursive: true, force: true });
  };
}
