// `npm run calibrate`: model v3's fit on history. Runs every candidate of the grid
// (src/analysis/calibration.ts) on every shipped back-test with a history record, picks the best on
// the calibration half, and writes docs/model-v3-calibration.md: the chosen constants, the hit rate
// on each half, every miss by name, and a leave-one-out over all cases. `--check` prints the report
// and exits 1 when the shipped DEFAULT_PARAMETERS are not the fit's choice.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CALIBRATION_GRID, calibrate, type GridKey } from '../src/analysis/calibration';
import { calibrationMarkdown } from '../src/analysis/calibration-report';
import { parseScenario } from '../src/engine/scenario';
import { DEFAULT_PARAMETERS } from '../src/model/parameters';
import { isScenarioFileName } from '../src/model/scenario-schema';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const dir = join(ROOT, 'scenarios');
const scenarios = readdirSync(dir)
  .filter(isScenarioFileName)
  .sort()
  .map((name) => {
    const parsed = parseScenario(JSON.parse(readFileSync(join(dir, name), 'utf8')));
    if (!parsed.ok) throw new Error(`${name}: ${JSON.stringify(parsed.errors)}`);
    return parsed.scenario;
  });

// The fit starts from the shipped constants with the grid's keys set by each candidate; version 2's
// behaviour is the candidate ζ = 0, s_o = 0, W = 99 (never).
const report = calibrate(scenarios);
const md = calibrationMarkdown(report);
const keys = Object.keys(CALIBRATION_GRID) as GridKey[];
const chosen = report.candidates[report.best]!;

const check = process.argv.includes('--check');
const mismatched = keys.filter((k) => DEFAULT_PARAMETERS[k] !== chosen[k]);
if (!check) writeFileSync(join(ROOT, 'docs', 'model-v3-calibration.md'), md);
process.stdout.write(md);
if (mismatched.length) {
  process.stdout.write(`\nThe shipped constants differ from the fit's choice: ${mismatched.map((k) => `${k} ${DEFAULT_PARAMETERS[k]} → ${chosen[k]}`).join(', ')}\n`);
  if (check) process.exit(1);
}
