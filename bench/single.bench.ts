// Single-file benchmark (`npm run bench -- single`): the size of the one HTML file `npm run
// build:single` writes (raw and gzip), and the time to first screen when it is opened from disk
// (file://) in headless Chromium: from navigation start to the first scenario card on the Choose
// screen, measured in the page (performance.now() in a MutationObserver), median of LOADS fresh
// contexts. Its analysis workers start during that boot too, as they do for a student. For scale, the
// same measure on the normal build (npm run build) served over http from 127.0.0.1.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { type Browser, chromium } from 'playwright-core';
import { build, preview } from 'vite';
import { buildSingle, fileSizes } from '../scripts/build-single';

const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];
const LOADS = 5;

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

/** Milliseconds from navigation start to the first scenario card, for LOADS fresh contexts. */
async function firstScreenTimes(browser: Browser, url: string): Promise<number[]> {
  const times: number[] = [];
  for (let i = 0; i < LOADS; i += 1) {
    const context = await browser.newContext({ viewport: { width: 1280, height: 720 } });
    const page = await context.newPage();
    // A string, not a function: tsx would wrap named inner functions in a helper the page lacks.
    await page.addInitScript(`new MutationObserver((_, observer) => {
      if (document.querySelector('.scenario-card')) {
        window.__firstScreenMs = performance.now();
        observer.disconnect();
      }
    }).observe(document, { childList: true, subtree: true });`);
    await page.goto(url);
    await page.waitForFunction('typeof window.__firstScreenMs === "number"', undefined, { timeout: 60_000 });
    times.push((await page.evaluate('window.__firstScreenMs')) as number);
    await context.close();
  }
  return times;
}

export async function run(_opts: { json: boolean }): Promise<Record<string, number>> {
  const outDir = mkdtempSync(join(tmpdir(), 'threshold-single-'));
  try {
    const file = await buildSingle({ outDir, logLevel: 'silent' });
    const { bytes, gzipBytes } = fileSizes(file);
    console.log(`single file: ${bytes} bytes (${(bytes / 1024).toFixed(0)} KB), ${gzipBytes} bytes gzip (${(gzipBytes / 1024).toFixed(0)} KB)`);
    const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: CHROMIUM_ARGS });
    let times: number[] = [];
    let served: number[] = [];
    try {
      times = await firstScreenTimes(browser, `${pathToFileURL(file).href}#/choose`);
      const distDir = join(outDir, 'dist');
      await build({ logLevel: 'silent', build: { outDir: distDir, emptyOutDir: true } });
      const server = await preview({ logLevel: 'silent', build: { outDir: distDir }, preview: { host: '127.0.0.1', port: 0, strictPort: false } });
      try {
        const address = server.httpServer.address();
        const port = typeof address === 'object' && address ? address.port : 4173;
        served = await firstScreenTimes(browser, `http://127.0.0.1:${port}/#/choose`);
      } finally {
        await new Promise<void>((resolve) => server.httpServer.close(() => resolve()));
      }
    } finally {
      await browser.close();
    }
    const firstScreen = median(times);
    const servedFirstScreen = median(served);
    console.log(`time to first screen from file://: median ${firstScreen.toFixed(0)} ms over ${LOADS} fresh loads (${times.map((t) => t.toFixed(0)).join(', ')} ms)`);
    console.log(`  for scale, the normal build served from 127.0.0.1: median ${servedFirstScreen.toFixed(0)} ms (${served.map((t) => t.toFixed(0)).join(', ')} ms)`);
    return { singleFileBytes: bytes, singleFileGzipBytes: gzipBytes, singleFirstScreenMs: Math.round(firstScreen), servedFirstScreenMs: Math.round(servedFirstScreen) };
  } finally {
    rmSync(outDir, { recursive: true, force: true });
  }
}
