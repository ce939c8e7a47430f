// Model v3's calibration on history (src/analysis/calibration.ts, docs/model-v3-calibration.md): the
// split is the one fixed before any run, every shipped history case is in it, the shipped constants
// are the fit's choice on the calibration half, the report in docs/ is the fit's output, and the
// scoring and leave-one-out do what they say on hand-made results.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { better, CALIBRATION_GRID, CALIBRATION_SPLIT, calibrate, type CaseResult, gridCandidates, score } from '../../src/analysis/calibration';
import { calibrationMarkdown } from '../../src/analysis/calibration-report';
import { historyCases } from '../../src/analysis/history';
import { DEFAULT_PARAMETERS } from '../../src/model/parameters';
import { shippedScenarios } from '../app/fixtures';

const SHIPPED = shippedScenarios();
const REPORT = calibrate(SHIPPED);

describe('model v3 calibration on history', () => {
  it('splits every shipped history case, 9 calibration and 9 held back, each set with every class history has', () => {
    const cases = historyCases(SHIPPED).map((s) => s.id);
    expect(cases).toHaveLength(18);
    expect(Object.keys(CALIBRATION_SPLIT).sort()).toEqual([...cases].sort());
    const classes = (set: string) =>
      new Set(
        historyCases(SHIPPED)
          .filter((s) => CALIBRATION_SPLIT[s.id] === set)
          .map((s) => s.history!.outcome),
      );
    expect(Object.values(CALIBRATION_SPLIT).filter((s) => s === 'calibration')).toHaveLength(9);
    expect([...classes('calibration')].sort()).toEqual(['contested', 'failed', 'stabilized']);
    expect([...classes('held-back')].sort()).toEqual(['contested', 'failed', 'stabilized']);
  });

  it('the grid lists version 2’s behaviour first, and every candidate once', () => {
    const all = gridCandidates();
    expect(all).toHaveLength(Object.values(CALIBRATION_GRID).reduce((n, v) => n * v.length, 1));
    expect(all[0]).toEqual({ hostilityResponse: 0, outsideSupportGrowth: 0, willMonths: 99, hostGrowthMonths: 24 });
    expect(new Set(all.map((c) => JSON.stringify(c))).size).toBe(all.length);
  });

  it('the shipped constants are the fit’s choice on the calibration half (no constant tuned by hand)', () => {
    const chosen = REPORT.candidates[REPORT.best]!;
    for (const [key, value] of Object.entries(chosen)) expect(DEFAULT_PARAMETERS[key as keyof typeof chosen], key).toBe(value);
  });

  it('docs/model-v3-calibration.md is the fit’s report (after a model change, run `npm run calibrate`)', () => {
    const file = readFileSync(join(__dirname, '../../docs/model-v3-calibration.md'), 'utf8');
    expect(file).toBe(calibrationMarkdown(REPORT));
    // It names every miss.
    const best = REPORT.results[REPORT.best]!;
    for (const r of best.filter((x) => !x.agrees)) expect(file).toContain(`${r.id} (${r.set}; history ${r.history}, model ${r.modal})`);
  });

  it('scores hits first; the tie-break is parsimony (the earlier candidate) unless the share objective is asked for', () => {
    const r = (agrees: boolean, historyShare: number): CaseResult => ({
      id: 'x',
      set: 'calibration',
      history: 'stabilized',
      distribution: { 'entry-failed': 0, failed: 0, contested: 1 - historyShare, stabilized: historyShare },
      modal: agrees ? 'stabilized' : 'contested',
      agrees,
      historyShare,
    });
    const a = score([r(true, 0.9), r(false, 0.2)]);
    const b = score([r(true, 0.6), r(false, 0.45)]);
    expect(a).toEqual({ hits: 1, meanShare: 0.55 });
    expect(better(b, a)).toBe(false);
    expect(better(a, b)).toBe(false);
    expect(better(score([r(true, 0.6), r(false, 0.49)]), a, 'hits-then-share')).toBe(false);
    expect(better(score([r(true, 0.6), r(true, 0.51)]), a)).toBe(true);
  });

  it('leave-one-out refits without each case: the case left out never enters its own fit', () => {
    expect(REPORT.leaveOneOut.map((l) => l.id)).toEqual(REPORT.cases);
    for (const [k, l] of REPORT.leaveOneOut.entries()) expect(l.result).toBe(REPORT.results[l.candidate]![k]);
  });
});
