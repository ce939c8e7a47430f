// The history table (src/analysis/history.ts) on the shipped back-tests: one row per back-test, each
// row's distribution is exactly the analysis service's summary at the scenario's published inputs,
// the agreement rule is "history's class is the model's most likely class", and a miss says so with
// the case's own reason. Before the table existed no scenario had a history record and there was
// nothing to compare: these tests fail on that state (no rows, no records).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseScenario } from '../../src/engine/scenario';
import { isScenarioFileName } from '../../src/model/scenario-schema';
import { OUTCOME_CLASSES, type OutcomeClass, type Scenario } from '../../src/model/types';
import { HISTORY_RUNS, HISTORY_SEED, historyCases, historyQueries, historyRow, historyTable, missSentence, modalClass } from '../../src/analysis/history';
import { runQuery } from '../../src/analysis/service';

const DIR = join(__dirname, '..', '..', 'scenarios');
const SHIPPED: Scenario[] = readdirSync(DIR)
  .filter(isScenarioFileName)
  .sort()
  .map((f) => {
    const parsed = parseScenario(JSON.parse(readFileSync(join(DIR, f), 'utf8')));
    if (!parsed.ok) throw new Error(`${f}: ${JSON.stringify(parsed.errors.slice(0, 3))}`);
    return parsed.scenario;
  });
const BACK_TESTS = SHIPPED.filter((s) => s.kind === 'back-test');
const RUNS = 400;
const ROWS = historyTable(SHIPPED, { runs: RUNS, seed: 'history-test' });
const row = (id: string) => ROWS.find((r) => r.id === id)!;

describe('history table on the shipped back-tests', () => {
  it('every shipped back-test carries a history record with a cited source, and there are at least eight (Panama, Grenada and six more)', () => {
    expect(BACK_TESTS.length).toBeGreaterThanOrEqual(8);
    for (const s of BACK_TESTS) {
      expect(s.history, s.id).toBeDefined();
      expect(s.history!.cite?.length ?? 0, s.id).toBeGreaterThan(0);
      expect(s.history!.source).toMatch(/\d{4}|Wikipedia|United Nations/);
    }
    expect(BACK_TESTS.map((s) => s.id)).toEqual(expect.arrayContaining(['panama-1989', 'grenada-1983', 'haiti-1994', 'somalia-1992', 'east-timor-1999', 'afghanistan-2001', 'bosnia-1995', 'kosovo-1999']));
  });

  it('has one row per back-test, in the order of their horizons, and none for the what-if scenarios', () => {
    expect(ROWS.map((r) => r.id).sort()).toEqual(BACK_TESTS.map((s) => s.id).sort());
    const horizons = ROWS.map((r) => r.history.horizon);
    expect(horizons).toEqual([...horizons].sort());
    expect(ROWS[0].id).toBe('malaya-1948'); // the earliest horizon, June 1951 (model v3's cases start in 1948)
    expect(historyCases(SHIPPED).every((s) => s.kind === 'back-test')).toBe(true);
  });

  it("each row's distribution is the analysis service's summary at the published inputs and own objective", () => {
    const queries = historyQueries(SHIPPED, { runs: RUNS, seed: 'history-test' });
    queries.forEach((q, i) => {
      expect(q.kind).toBe('summary');
      expect(q.overrides).toBeUndefined();
      const direct = runQuery(q);
      expect(ROWS[i].distribution).toEqual(direct.summary.outcomeShares);
      expect(ROWS[i].troops).toBe(q.scenario.intervener.troops.value);
      const sum = OUTCOME_CLASSES.reduce((a, c) => a + ROWS[i].distribution[c], 0);
      expect(sum).toBeCloseTo(1, 12);
    });
  });

  it("agrees exactly when history's class is the modal class, and historyShare is the share of history's class", () => {
    for (const r of ROWS) {
      const max = Math.max(...OUTCOME_CLASSES.map((c) => r.distribution[c]));
      expect(r.distribution[r.modal]).toBe(max);
      expect(r.agrees).toBe(r.modal === r.history.outcome);
      expect(r.historyShare).toBe(r.distribution[r.history.outcome]);
      expect(missSentence(r) === null).toBe(r.agrees);
    }
  });

  it('reproduces the easy cases (Panama, Grenada, Haiti, Bosnia, East Timor, Kosovo: stabilized in most runs)', () => {
    for (const id of ['panama-1989', 'grenada-1983', 'haiti-1994', 'bosnia-1995', 'east-timor-1999', 'kosovo-1999']) {
      expect(row(id).history.outcome, id).toBe('stabilized');
      expect(row(id).agrees, id).toBe(true);
      expect(row(id).distribution.stabilized, id).toBeGreaterThan(0.8);
    }
  });

  it('names its misses with their reasons (Somalia: stabilized for a failure; Afghanistan: entry failed for a contested country)', () => {
    const somalia = row('somalia-1992');
    expect(somalia.history.outcome).toBe('failed');
    expect(somalia.modal).toBe('stabilized');
    expect(somalia.agrees).toBe(false);
    expect(missSentence(somalia)).toContain('hostility');
    const afghanistan = row('afghanistan-2001');
    expect(afghanistan.history.outcome).toBe('contested');
    expect(afghanistan.modal).toBe('entry-failed');
    expect(afghanistan.agrees).toBe(false);
    expect(missSentence(afghanistan)).toContain('allied local forces');
  });

  it('the same seed and runs give the same table; the defaults are the app display runs and the history seed', () => {
    expect(historyTable(SHIPPED, { runs: RUNS, seed: 'history-test' })).toEqual(ROWS);
    const [q] = historyQueries(SHIPPED);
    expect(q.runs).toBe(HISTORY_RUNS);
    expect(q.seed).toBe(HISTORY_SEED);
  });
});

describe('history table rules', () => {
  const base: Record<OutcomeClass, number> = { 'entry-failed': 0, failed: 0, contested: 0, stabilized: 0 };

  it('the modal class is the largest share; a tie goes to the class listed first', () => {
    expect(modalClass({ ...base, contested: 0.6, stabilized: 0.4 })).toBe('contested');
    expect(modalClass({ ...base, failed: 0.5, stabilized: 0.5 })).toBe('failed');
    expect(modalClass(base)).toBe('entry-failed');
  });

  it('historyRow refuses a scenario without a history record', () => {
    const what = SHIPPED.find((s) => s.kind === 'what-if')!;
    const result = runQuery({ kind: 'summary', scenario: what, runs: 10, seed: 'x' });
    expect(() => historyRow(what, result)).toThrow(/no history record/);
  });
});
