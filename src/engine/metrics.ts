// The figures a claim or a tornado bar can be about, read from a Tally: each is a share of runs, so
// it has a count and a Wilson interval.
import { OUTCOME_CLASSES, type ClaimMetric, type Tally } from '../model/types';

const ENTRY_FAILED = OUTCOME_CLASSES.indexOf('entry-failed');
const FAILED = OUTCOME_CLASSES.indexOf('failed');
const CONTESTED = OUTCOME_CLASSES.indexOf('contested');
const STABILIZED = OUTCOME_CLASSES.indexOf('stabilized');

export const CLAIM_METRICS: readonly ClaimMetric[] = [
  'entryRate',
  'successRate',
  'stabilizedShare',
  'contestedShare',
  'failedShare',
  'entryFailedShare',
];

/** Runs that count toward a metric. */
export function metricCount(tally: Tally, metric: ClaimMetric): number {
  switch (metric) {
    case 'entryRate':
      return tally.entered;
    case 'successRate':
      return tally.success;
    case 'entryFailedShare':
      return tally.outcomeCounts[ENTRY_FAILED];
    case 'failedShare':
      return tally.outcomeCounts[FAILED];
    case 'contestedShare':
      return tally.outcomeCounts[CONTESTED];
    case 'stabilizedShare':
      return tally.outcomeCounts[STABILIZED];
  }
}

export function metricValue(tally: Tally, metric: ClaimMetric): number {
  return tally.runs > 0 ? metricCount(tally, metric) / tally.runs : 0;
}

export const METRIC_LABELS: Record<ClaimMetric, string> = {
  entryRate: 'key region entered',
  successRate: 'objective reached',
  stabilizedShare: 'stabilized',
  contestedShare: 'contested',
  failedShare: 'failed after entry',
  entryFailedShare: 'key region never entered',
};
