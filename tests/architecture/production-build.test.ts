// The production build (`npm run build`) carries no test hooks: the `window.__threshold…` probes the
// browser tests and the bench read exist only in a `--mode test` build (src/app/test-hooks.ts).
// The test build is checked too, so this test fails if the hooks vanish from both or from neither.
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'vite';
import { afterAll, describe, expect, it } from 'vitest';

const dirs: string[] = [];
afterAll(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

async function builtScripts(mode: 'production' | 'test'): Promise<string> {
  const outDir = mkdtempSync(join(tmpdir(), `threshold-${mode}-`));
  dirs.push(outDir);
  await build({ mode, logLevel: 'silent', build: { outDir, emptyOutDir: true } });
  const assets = readdirSync(join(outDir, 'assets')).filter((f) => f.endsWith('.js') && !f.startsWith('phaser'));
  return assets.map((f) => readFileSync(join(outDir, 'assets', f), 'utf8')).join('\n');
}

const HOOKS = ['__thresholdPlay', '__thresholdAnalysis', '__thresholdOffline', '__thresholdApp', '__thresholdQueries'];

describe('test hooks', () => {
  it('are absent from the production build and present in the test build', async () => {
    const production = await builtScripts('production');
    const test = await builtScripts('test');
    expect(HOOKS.filter((hook) => production.includes(hook))).toEqual([]);
    expect(HOOKS.filter((hook) => test.includes(hook))).toEqual(HOOKS);
  }, 120_000);
});
