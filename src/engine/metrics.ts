// The figures a claim, a tornado bar or a chart can be about, read from a Tally: each is a share of
// runs, so it has a count and a Wilson interval. The one place a rate is computed from a tally.
import { OUTCOME_CLASSES, type ClaimMetric, type OutcomeClass, type Tally } from '../model/types';

const OUTCOME_INDEX = Object.fromEntries(OUTCOME_CLASSES.map((kind, i) => [kind, i])) as Record<OutcomeClass, number>;

// The metrics are an enumeration of the scenario format (claim checks name them), declared once there.
export { CLAIM_METRICS } from '../model/scenario-schema';

/** Runs that count toward a metric. */
export function metricCount(tally: Tally, metric: ClaimMetric): number {
  switch (metric) {
    case 'entryRate':
      return tally.entered;
    case 'successRate':
      return tally.success;
    case 'entryFailedShare':
      return tally.outcomeCounts[OUTCOME_INDEX['entry-failed']];
    case 'failedShare':
      return tally.outcomeCounts[OUTCOME_INDEX.failed];
    case 'contestedShare':
      return tally.outcomeCounts[OUTCOME_INDEX.contested];
    case 'stabilizedShare':
      return tally.outcomeCounts[OUTCOME_INDEX.stabilized];
  }
}

/** A count as a share of runs (0 when there is no run). */
export function shareOf(count: number, runs: number): number {
  return runs > 0 ? count / runs : 0;
}

export function metricValue(tally: Tally, metric: ClaimMetric): number {
  return shareOf(metricCount(tally, metric), tally.runs);
}

/** Share of runs whose national outcome is `kind`. */
export function outcomeShare(tally: Tally, kind: OutcomeClass): number {
  return shareOf(tally.outcomeCounts[OUTCOME_INDEX[kind]], tally.runs);
}

/** Share of runs in which the objective succeeds. */
export const successRate = (tally: Tally): number => metricValue(tally, 'successRate');
/** Share of runs in which the objective's key region is entered. */
export const entryRate = (tally: Tally): number => metricValue(tally, 'entryRate');

export const METRIC_LABELS: Record<ClaimMetric, string> = {
  entryRate: 'key region entered',
  successRate: 'objective reached',
  stabilizedShare: 'stabilized',
  contestedShare: 'contested',
  failedShare: 'failed after entry',
  entryFailedShare: 'key region never entered',
};
