// `npm test`: type-check, then every Vitest project (unit in node, browser in real Chromium),
// then one plain "N passed, N failed" line that CI reads. Exit code is non-zero on any failure.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, existsSync } from 'node:fs';

const run = (cmd, args) => spawnSync(cmd, args, { stdio: 'inherit', shell: false });
let passed = 0;
let failed = 0;

const tsc = run('npx', ['tsc', '--noEmit']);
if (tsc.status === 0) { passed += 1; console.log('typecheck: ok'); }
else { failed += 1; console.log('typecheck: FAILED'); }

mkdirSync('test-output', { recursive: true });
const report = 'test-output/vitest.json';
const extra = process.argv.slice(2);
const vitest = run('npx', ['vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${report}`, ...extra]);
if (existsSync(report)) {
  const data = JSON.parse(readFileSync(report, 'utf8'));
  passed += data.numPassedTests ?? 0;
  failed += data.numFailedTests ?? 0;
  // A suite that failed to load counts as a failure even if it declared no test.
  for (const file of data.testResults ?? []) {
    if (file.status === 'failed' && (file.assertionResults ?? []).length === 0) failed += 1;
  }
} else {
  failed += 1;
}
if (vitest.status !== 0 && failed === 0) failed += 1;
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
