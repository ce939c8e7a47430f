// `npm run build:single`: the whole game in one self-contained HTML file, dist-single/threshold.html,
// that a teacher can copy to a USB stick or upload to an LMS and open from disk (file://) with no
// server: every screen, the Phaser board, the analysis with its Web Workers, both languages, the
// scenarios and the teacher guide. How it is made: scripts/single-file-plugin.ts; what works from
// disk and what does not: docs/hosting.md ("One file"). tests/browser/single-file.test.ts opens it
// from file:// and plays a game and draws the sweep; `npm run bench -- single` measures it.
//
//   npm run build:single                 → dist-single/threshold.html
//   npm run build:single -- --out DIR    → DIR/threshold.html
import { readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build } from 'vite';
import { SINGLE_FILE_NAME, singleFilePlugins } from './single-file-plugin';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');

export interface SingleBuildOptions {
  /** Output folder (default dist-single). */
  outDir?: string;
  /** 'production' (default) or 'test' (with the test hooks the browser tests read). */
  mode?: 'production' | 'test';
  logLevel?: 'info' | 'warn' | 'error' | 'silent';
}

/** Build the single file; resolves to its absolute path. */
export async function buildSingle(options: SingleBuildOptions = {}): Promise<string> {
  const outDir = resolve(ROOT, options.outDir ?? 'dist-single');
  await build({
    configFile: false,
    root: ROOT,
    base: './',
    mode: options.mode ?? 'production',
    logLevel: options.logLevel ?? 'warn',
    // The favicon is inlined by the plugin; nothing is copied beside the file.
    publicDir: false,
    plugins: singleFilePlugins({ favicon: join(ROOT, 'assets', 'favicon.svg') }),
    // Classic workers: Chromium refuses a module worker from a blob: URL in a page opened from disk
    // (an opaque origin), and starts a classic one.
    worker: { format: 'iife' },
    build: {
      outDir,
      emptyOutDir: true,
      target: 'es2022',
      sourcemap: false,
      modulePreload: false,
      cssCodeSplit: false,
      // Any asset the code or the CSS imports becomes a data: URL inside the file.
      assetsInlineLimit: () => true,
      chunkSizeWarningLimit: 5000,
      // One script: the lazy board (Phaser) and the teacher guide are inlined, not split off.
      rolldownOptions: { output: { codeSplitting: false }, checks: { bundlerTimings: false } },
    },
  });
  return join(outDir, SINGLE_FILE_NAME);
}

/** Raw and gzip (level 9) size of a file, in bytes. */
export function fileSizes(path: string): { bytes: number; gzipBytes: number } {
  const data = readFileSync(path);
  return { bytes: data.length, gzipBytes: gzipSync(data, { level: 9 }).length };
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const at = process.argv.indexOf('--out');
  const outDir = at > 0 ? process.argv[at + 1] : undefined;
  buildSingle({ outDir, logLevel: 'warn' }).then(
    (path) => {
      const { bytes, gzipBytes } = fileSizes(path);
      console.log(`wrote ${relative(process.cwd(), path)}: ${(bytes / 1024).toFixed(0)} KB (${(gzipBytes / 1024).toFixed(0)} KB gzip)`);
      console.log('Copy it anywhere and open it in a browser; it needs no server and no network (docs/hosting.md, "One file").');
    },
    (error: unknown) => {
      console.error(error instanceof Error ? error.message : String(error));
      process.exitCode = 1;
    },
  );
}
