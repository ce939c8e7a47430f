// `npm test` (fast tier) and `npm run test:full` (`--full`): type-check, then the Vitest projects
// (unit in node; "smoke" or the whole "browser" project in real Chromium), then the slowest files and
// one plain "N passed, N failed" line that CI reads. Exit code is non-zero on any failure.
//
// The full tier sets TEST_TIER=full (full fuzz sizes, every browser file) and draws a fresh FUZZ_SEED,
// printed first, unless one is given. Extra arguments go to Vitest (e.g. a file filter).
import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { chromiumPath, NO_BROWSER_HINT } from './find-browser.mjs';

const argv = process.argv.slice(2);
const full = argv.includes('--full');
const extra = argv.filter((a) => a !== '--full');
const env = { ...process.env, TEST_TIER: full ? 'full' : 'fast' };
if (full && !env.FUZZ_SEED) env.FUZZ_SEED = `full-${randomBytes(4).toString('hex')}`;
const started = Date.now();
console.log(`Threshold tests, ${full ? 'full' : 'fast'} tier${env.FUZZ_SEED ? `; fuzz seed ${env.FUZZ_SEED} (replay: FUZZ_SEED=${env.FUZZ_SEED} npm run test${full ? ':full' : ''})` : ''}`);

const run = (cmd, args) => spawnSync(cmd, args, { stdio: 'inherit', shell: false, env });
let passed = 0;
let failed = 0;
let skipped = 0;

const t0 = Date.now();
const tsc = run('npx', ['tsc', '--noEmit']);
const tscSeconds = (Date.now() - t0) / 1000;
if (tsc.status === 0) {
  passed += 1;
  console.log(`typecheck: ok (${tscSeconds.toFixed(1)} s)`);
} else {
  failed += 1;
  console.log('typecheck: FAILED');
}

// Lint and format (Biome, biome.json): one tool, counted as one test like the type-check.
const t1 = Date.now();
const lint = run('npx', ['biome', 'check', '--reporter=summary', 'src', 'tests', 'bench', 'scripts', 'vite.config.ts', 'vitest.config.ts']);
const lintSeconds = (Date.now() - t1) / 1000;
if (lint.status === 0) {
  passed += 1;
  console.log(`lint and format (Biome): ok (${lintSeconds.toFixed(1)} s)`);
} else {
  failed += 1;
  console.log('lint and format (Biome): FAILED (npm run lint shows why; npm run format fixes formatting)');
}

const projects = ['--project', 'unit'];
const browser = chromiumPath();
if (browser) projects.push('--project', full ? 'browser' : 'smoke');
else {
  failed += 1;
  console.log(`browser tests: not run. ${NO_BROWSER_HINT}`);
}

mkdirSync('test-output', { recursive: true });
const report = 'test-output/vitest.json';
rmSync(report, { force: true });
const vitest = run('npx', ['vitest', 'run', ...projects, '--reporter=default', '--reporter=json', `--outputFile.json=${report}`, ...extra]);
if (existsSync(report)) {
  const data = JSON.parse(readFileSync(report, 'utf8'));
  passed += data.numPassedTests ?? 0;
  failed += data.numFailedTests ?? 0;
  skipped += (data.numPendingTests ?? 0) + (data.numTodoTests ?? 0);
  // A suite that failed to load counts as a failure even if it declared no test.
  for (const file of data.testResults ?? []) {
    if (file.status === 'failed' && (file.assertionResults ?? []).length === 0) failed += 1;
  }
  const files = (data.testResults ?? []).map((f) => ({ s: (f.endTime - f.startTime) / 1000, name: f.name.replace(`${process.cwd()}/`, ''), n: (f.assertionResults ?? []).length })).sort((a, b) => b.s - a.s);
  console.log(`\nSlowest files (of ${files.length}; type-check ${tscSeconds.toFixed(1)} s):`);
  for (const f of files.slice(0, full ? files.length : 12)) console.log(`  ${f.s.toFixed(1).padStart(6)} s  ${f.name} (${f.n} tests)`);
} else {
  failed += 1;
}
if (vitest.status !== 0 && failed === 0) failed += 1;
console.log(`\nWall time ${((Date.now() - started) / 1000).toFixed(0)} s${env.FUZZ_SEED ? `; fuzz seed ${env.FUZZ_SEED}` : ''}`);
console.log(`${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
process.exit(failed === 0 ? 0 : 1);
