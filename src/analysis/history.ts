// "Does the model match history?": for every back-test scenario with a `history` record, the
// model's distribution over the four national outcome classes at the scenario's published inputs
// (one summary query of the analysis service, the same for node, the CLI and the app's workers),
// history's class, and whether they agree. Pure: the app runs historyQueries() on its worker pool
// and builds the rows with historyRow(); node and the CLI call historyTable(), which runs them here.
//
// Agreement rule (docs/model.md §12a): the model agrees with history when history's class is the
// model's most likely class (its mode; a tie goes to the class listed first in OUTCOME_CLASSES).
// One global parameter set: nothing here depends on the case but the scenario file.
import { OUTCOME_CLASSES, type OutcomeClass, type Scenario } from '../model/types';
import { DISPLAY_RUNS, type SummaryQuery, type SummaryResult } from './queries';
import { runQuery } from './service';

/** The history table's runs and seed by default (DISPLAY_RUNS, like every other figure the app shows). */
export const HISTORY_RUNS = DISPLAY_RUNS;
export const HISTORY_SEED = 'history';

export type HistoryRecord = NonNullable<Scenario['history']>;

export interface HistoryOptions {
  runs?: number;
  seed?: string;
}

export interface HistoryRow {
  id: string;
  title: string;
  troops: number;
  history: HistoryRecord;
  /** Share of runs in each class (sums to 1), at the scenario's published inputs and own objective. */
  distribution: Record<OutcomeClass, number>;
  /** The model's most likely class. */
  modal: OutcomeClass;
  /** Share of runs that end in history's class. */
  historyShare: number;
  agrees: boolean;
  runs: number;
  seed: string;
}

/** The back-tests the table covers: kind "back-test" with a history record, in the order of their horizons (history's order). */
export function historyCases(scenarios: readonly Scenario[]): Scenario[] {
  return scenarios.filter((s) => s.kind === 'back-test' && s.history !== undefined).sort((a, b) => a.history!.horizon.localeCompare(b.history!.horizon));
}

/** The model's most likely class; ties go to the class listed first in OUTCOME_CLASSES. */
export function modalClass(distribution: Record<OutcomeClass, number>): OutcomeClass {
  let best: OutcomeClass = OUTCOME_CLASSES[0];
  for (const c of OUTCOME_CLASSES) if (distribution[c] > distribution[best]) best = c;
  return best;
}

/** The summary query behind one row (published inputs, the scenario's own objective). */
export function historyQuery(scenario: Scenario, options: HistoryOptions = {}): SummaryQuery {
  return { kind: 'summary', scenario, runs: options.runs ?? HISTORY_RUNS, seed: options.seed ?? HISTORY_SEED };
}

export function historyQueries(scenarios: readonly Scenario[], options: HistoryOptions = {}): SummaryQuery[] {
  return historyCases(scenarios).map((s) => historyQuery(s, options));
}

/** One row from its scenario and the result of its historyQuery. */
export function historyRow(scenario: Scenario, result: SummaryResult): HistoryRow {
  const history = scenario.history;
  if (!history) throw new Error(`${scenario.id} has no history record`);
  const distribution = { ...result.summary.outcomeShares };
  const modal = modalClass(distribution);
  return {
    id: scenario.id,
    title: scenario.title,
    troops: result.query.troops,
    history,
    distribution,
    modal,
    historyShare: distribution[history.outcome],
    agrees: modal === history.outcome,
    runs: result.query.runs,
    seed: result.query.seed,
  };
}

/** The whole table, run here (node, the CLI, tests). */
export function historyTable(scenarios: readonly Scenario[], options: HistoryOptions = {}): HistoryRow[] {
  return historyCases(scenarios).map((s) => historyRow(s, runQuery(historyQuery(s, options))));
}

/** Agreements and cases, for a one-line summary. */
export function historyScore(rows: readonly HistoryRow[]): { agree: number; cases: number } {
  return { agree: rows.filter((r) => r.agrees).length, cases: rows.length };
}

/** The classes in plain English words (the CLI; the app words them through its catalogue). */
export const CLASS_WORDS: Record<OutcomeClass, string> = { 'entry-failed': 'entry failed', failed: 'failed', contested: 'contested', stabilized: 'stabilized' };

/** The sentence where the model misses, in English (the CLI; the app words it through the catalogue). */
export function missSentence(row: HistoryRow): string | null {
  if (row.agrees) return null;
  const pct = (x: number) => `${Math.round(x * 100)}%`;
  const word = (c: OutcomeClass) => CLASS_WORDS[c];
  const head = `The model misses: its most likely class is ${word(row.modal)} (${pct(row.distribution[row.modal])} of runs); history's class, ${word(row.history.outcome)}, comes in ${pct(row.historyShare)} of runs.`;
  return row.history.limit ? `${head} ${row.history.limit}` : head;
}
