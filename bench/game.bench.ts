// Game benchmark: initial JavaScript (gzip) of a fresh production build, the time a turn takes to
// resolve and redraw in headless Chromium (performance marks the play screen sets), and the frame
// rate during a board animation (headless and CPU-bound: a regression signal, not a real figure).
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import { build, preview } from 'vite';

const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

/** Gzip size of every script index.html loads eagerly: module entries and modulepreloads. */
export function initialScripts(outDir: string): { files: string[]; gzipBytes: number; rawBytes: number } {
  const html = readFileSync(join(outDir, 'index.html'), 'utf8');
  const files = new Set<string>();
  for (const m of html.matchAll(/<script[^>]*type="module"[^>]*src="([^"]+)"/g)) files.add(m[1]);
  for (const m of html.matchAll(/<link[^>]*rel="modulepreload"[^>]*href="([^"]+)"/g)) files.add(m[1]);
  for (const m of html.matchAll(/<link[^>]*href="([^"]+)"[^>]*rel="modulepreload"/g)) files.add(m[1]);
  let gzipBytes = 0;
  let rawBytes = 0;
  for (const file of files) {
    const bytes = readFileSync(join(outDir, file.replace(/^\.\//, '')));
    rawBytes += bytes.length;
    gzipBytes += gzipSync(bytes, { level: 9 }).length;
  }
  return { files: [...files], gzipBytes, rawBytes };
}

function quantile(values: number[], q: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  if (!sorted.length) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
}

export async function run(_opts: { json: boolean }): Promise<Record<string, number>> {
  const outDir = mkdtempSync(join(tmpdir(), 'threshold-bench-'));
  const print = (line: string) => console.log(line);
  try {
    await build({ mode: 'test', logLevel: 'silent', build: { outDir, emptyOutDir: true } });
    const initial = initialScripts(outDir);
    print(`initial JavaScript: ${(initial.gzipBytes / 1024).toFixed(1)} KB gzip (${(initial.rawBytes / 1024).toFixed(1)} KB raw) in ${initial.files.length} file(s); budget 450 KB`);

    const server = await preview({ logLevel: 'silent', build: { outDir }, preview: { host: '127.0.0.1', port: 0, strictPort: false } });
    const address = server.httpServer.address();
    const port = typeof address === 'object' && address ? address.port : 4173;
    const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: CHROMIUM_ARGS });
    try {
      const page = await browser.newPage({ viewport: { width: 1280, height: 720 } });
      await page.addInitScript(() => localStorage.setItem('threshold.walkthrough.seen', '1'));
      await page.goto(`http://127.0.0.1:${port}/#/play`);
      await page.waitForFunction(() => window.__thresholdPlay?.boardReady() === true, undefined, { timeout: 30_000 });

      // Turns: the plan, then end day until the control phase, then months (a fresh game of the
      // 10,000 scenario). Each turn's measures come from the page's own performance marks.
      await page.keyboard.press('p');
      for (let i = 0; i < 40; i += 1) {
        const phase = await page.evaluate(() => window.__thresholdPlay?.phase());
        if (phase === 'ended') break;
        await page.keyboard.press(phase === 'entry' ? 'd' : 'm');
        await page.waitForTimeout(30);
      }
      await page.waitForTimeout(100);
      const measures = await page.evaluate(() => ({
        sync: performance.getEntriesByName('threshold:turn').map((e) => e.duration),
        frame: performance.getEntriesByName('threshold:turn-frame').map((e) => e.duration),
      }));
      // The debrief of that game: its batch and claim checks run in the worker pool, so the main
      // thread should see no task over 50 ms from the click on Debrief until every panel is drawn.
      // Measured a second after the last turn, once the board's end-of-game animation is over (the
      // time a student takes to read the result; the animation's own frames are not the debrief's).
      await page.waitForTimeout(1000);
      await page.evaluate(() => {
        const w = window as unknown as { __debriefTasks: number[] };
        w.__debriefTasks = [];
        new PerformanceObserver((list) => {
          for (const e of list.getEntries()) w.__debriefTasks.push(e.duration);
        }).observe({ type: 'longtask' });
      });
      const debriefStart = Date.now();
      await page.evaluate(() => {
        location.hash = '#/debrief';
      });
      await page.waitForSelector('#distribution[aria-busy=false]', { timeout: 120_000 });
      await page.waitForSelector('#claims[data-done=true]', { timeout: 120_000 });
      const debriefMs = Date.now() - debriefStart;
      await page.waitForTimeout(100);
      const debriefTasks = await page.evaluate(() => (window as unknown as { __debriefTasks: number[] }).__debriefTasks);
      const debriefLongest = Math.max(0, ...debriefTasks);
      print(`debrief: every panel drawn ${debriefMs} ms after the switch; main-thread tasks over 50 ms: ${debriefTasks.length}` + (debriefTasks.length ? ` (longest ${debriefLongest.toFixed(0)} ms)` : '') + ' (target none)');
      const turnMedian = quantile(measures.sync, 0.5);
      const turnP95 = quantile(measures.sync, 0.95);
      const frameMedian = quantile(measures.frame, 0.5);
      const frameP95 = quantile(measures.frame, 0.95);
      print(`turn resolve + redraw: median ${turnMedian.toFixed(1)} ms, p95 ${turnP95.toFixed(1)} ms over ${measures.sync.length} actions (budget 100 ms)`);
      print(`turn to next painted frame: median ${frameMedian.toFixed(1)} ms, p95 ${frameP95.toFixed(1)} ms`);

      // Frame rate while the board animates: count animation frames during a 2 s replay.
      await page.goto(`http://127.0.0.1:${port}/#/choose`);
      await page.goto(`http://127.0.0.1:${port}/#/play`);
      await page.waitForFunction(() => window.__thresholdPlay?.boardReady() === true, undefined, { timeout: 30_000 });
      // A string, not a function: tsx would wrap named inner functions in a helper the page lacks.
      const fps = (await page.evaluate(`new Promise((resolve) => {
        window.__thresholdPlay.demo(2000);
        let frames = 0;
        const start = performance.now();
        const tick = (now) => {
          frames += 1;
          if (now - start < 2000) requestAnimationFrame(tick);
          else resolve({ frames, ms: now - start, phaser: window.__thresholdPlay.fps() });
        };
        requestAnimationFrame(tick);
      })`)) as { frames: number; ms: number; phaser: number };
      const animationFps = (fps.frames * 1000) / fps.ms;
      print(`frame rate during a board animation (headless Chromium, regression signal): ${animationFps.toFixed(1)} fps (Phaser's own estimate ${fps.phaser.toFixed(1)})`);
      return {
        initialJsGzipKB: Math.round((initial.gzipBytes / 1024) * 10) / 10,
        turnMs: Math.round(turnMedian * 100) / 100,
        turnP95Ms: Math.round(turnP95 * 100) / 100,
        turnFrameMs: Math.round(frameMedian * 100) / 100,
        animationFps: Math.round(animationFps * 10) / 10,
        debriefMs,
        debriefLongTasks: debriefTasks.length,
        debriefLongestTaskMs: Math.round(debriefLongest),
      };
    } finally {
      await browser.close();
      await new Promise<void>((resolve) => server.httpServer.close(() => resolve()));
    }
  } finally {
    rmSync(outDir, { recursive: true, force: true });
  }
}
