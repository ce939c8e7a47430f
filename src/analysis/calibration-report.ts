// The report docs/model-v3-calibration.md (written by `npm run calibrate`, scripts/calibrate.ts;
// tests/analysis/calibration.test.ts checks the file is this function's output for the shipped
// scenarios). Pure text from a CalibrationReport.
import { DEFAULT_PARAMETERS } from '../model/parameters';
import { OUTCOME_CLASSES } from '../model/types';
import { CALIBRATION_GRID, CALIBRATION_RUNS, CALIBRATION_SEED, type CalibrationReport, type CaseResult, type GridKey, score } from './calibration';

export function calibrationMarkdown(report: CalibrationReport): string {
  const keys = Object.keys(CALIBRATION_GRID) as GridKey[];
  const chosen = report.candidates[report.best]!;
  const pct = (x: number) => `${(x * 100).toFixed(0)}%`;
  const dist = (r: CaseResult) => OUTCOME_CLASSES.map((c) => `${c} ${pct(r.distribution[c])}`).join(', ');
  const row = (r: CaseResult) => `| ${r.id} | ${r.set} | ${r.history} | ${r.modal} | ${r.agrees ? 'hit' : '**miss**'} | ${dist(r)} |`;
  const best = report.results[report.best]!;
  const half = (set: string) => best.filter((r) => r.set === set);
  const v2 = report.results[0]!;
  const line = (set: string, rs: CaseResult[]) => `${rs.filter((r) => r.agrees).length} of ${rs.length}${set ? ` (${set})` : ''}`;
  const baseline = (rs: CaseResult[]) => rs.filter((r) => r.history === 'stabilized').length;
  const loo = report.leaveOneOut;

  const md = `# Model v3: calibration on history

  Written by \`npm run calibrate\` (scripts/calibrate.ts, src/analysis/calibration.ts); do not edit by hand.
  ${CALIBRATION_RUNS} runs per case and candidate, seed "${CALIBRATION_SEED}", each case at its published inputs and
  its own objective. Agreement rule (docs/model.md §12a): history's class is the model's most likely class.

  The split into calibration and held-back cases was fixed in docs/model-v3-cases.md §2 before any model run.
  The fit moves only the global constants below, over ${report.candidates.length} candidates; every scenario input
  stays at its sourced or design value. A candidate is scored on the calibration cases only, by its hits; a tie
  goes to the candidate nearest version 2 (the grid lists version 2's behaviour first).

  ## Chosen constants

  | Constant | Grid | Chosen | Shipped (src/model/parameters.ts) |
  |---|---|---|---|
  ${keys.map((k) => `| ${k} | ${CALIBRATION_GRID[k].join(', ')} | ${chosen[k]} | ${DEFAULT_PARAMETERS[k]} |`).join('\n')}

  ## Hit rates

  | Set | Version 2 behaviour (first candidate) | Chosen v3 set | Always "stabilized" |
  |---|---|---|---|
  | Calibration | ${line(
    '',
    v2.filter((r) => r.set === 'calibration'),
  )} | ${line('', half('calibration'))} | ${baseline(half('calibration'))} of ${half('calibration').length} |
  | Held back | ${line(
    '',
    v2.filter((r) => r.set === 'held-back'),
  )} | ${line('', half('held-back'))} | ${baseline(half('held-back'))} of ${half('held-back').length} |
  | All | ${line('', v2)} | ${line('', best)} | ${baseline(best)} of ${best.length} |
  | Leave-one-out (refit without each case) | | ${loo.filter((l) => l.result.agrees).length} of ${loo.length} | |

  **The first objective tried** (hits, then the mean share of runs in history's class, on the calibration cases)
  chose ${keys.map((k) => `${k} ${report.candidates[report.bestByShare]![k]}`).join(', ')}: ${line(
    'calibration',
    report.results[report.bestByShare]!.filter((r) => r.set === 'calibration'),
  )},
  ${line(
    'held back',
    report.results[report.bestByShare]!.filter((r) => r.set === 'held-back'),
  )}. Every candidate ties on the calibration hits that matter
  here, so the mean share decided, and it was moved by one case; the held-back half did worse. The shipped
  objective counts hits only and gives a tie to the candidate nearest version 2 (grid order).

  Mean share of runs in history's class, calibration cases: ${pct(score(half('calibration')).meanShare)}; held back: ${pct(score(half('held-back')).meanShare)}.

  ## Each constant alone

  Hits with one constant moved across its grid and the others at the chosen values (what the table can and
  cannot tell apart).

  | Constant | Value | Calibration hits | Held-back hits | Mean share in history's class (all cases) |
  |---|---|---|---|---|
  ${keys
    .flatMap((k) =>
      CALIBRATION_GRID[k].map((v) => {
        const c = report.candidates.findIndex((cand) => keys.every((j) => (j === k ? cand[j] === v : cand[j] === chosen[j])));
        const rs = report.results[c]!;
        return `| ${k} | ${v} | ${rs.filter((r) => r.set === 'calibration' && r.agrees).length} | ${rs.filter((r) => r.set === 'held-back' && r.agrees).length} | ${pct(score(rs).meanShare)} |`;
      }),
    )
    .join('\n')}

  ## Every case with the chosen set

  | Case | Set | History | Model's most likely | | Distribution |
  |---|---|---|---|---|---|
  ${best.map(row).join('\n')}

  **Misses:** ${
    best
      .filter((r) => !r.agrees)
      .map((r) => `${r.id} (${r.set}; history ${r.history}, model ${r.modal})`)
      .join('; ') || 'none'
  }.

  ## Leave-one-out

  For each case, the grid's best candidate on the other ${loo.length - 1} cases, then that case under it.

  | Case | History | Model's most likely | | Constants fitted without it |
  |---|---|---|---|---|
  ${loo.map((l) => `| ${l.id} | ${l.result.history} | ${l.result.modal} | ${l.result.agrees ? 'hit' : '**miss**'} | ${keys.map((k) => `${k} ${report.candidates[l.candidate]![k]}`).join(', ')} |`).join('\n')}
  `;
  return md;
}
