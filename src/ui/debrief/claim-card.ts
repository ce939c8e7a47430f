// A claim card: the analyst's quote, who and when, the model's verdict, the figure behind it, and
// the input that moves that figure most across its range.
import type { ClaimSpec, ClaimVerdict } from '../../model/types';
import { h } from '../dom';
import { int, num, pct } from '../format';

const METRIC_WORDS: Record<string, string> = {
  entryRate: 'key region entered',
  successRate: 'objective reached',
  stabilizedShare: 'stabilized',
  contestedShare: 'contested',
  failedShare: 'failed after entry',
  entryFailedShare: 'entry failed',
};

const OP_WORDS: Record<string, string> = { '<': 'below', '<=': 'at most', '>': 'above', '>=': 'at least' };

export function claimCard(claim: ClaimSpec, verdict: ClaimVerdict | null, error?: string): HTMLElement {
  const body: (HTMLElement | null)[] = [];
  if (error) body.push(h('p', { class: 'message', text: `Could not evaluate: ${error}` }));
  else if (!verdict) body.push(h('p', {}, h('span', { class: 'verdict pending', text: 'evaluating…' })));
  else {
    body.push(
      h('p', {}, 'The model ', h('span', { class: `verdict ${verdict.verdict}`, text: verdict.verdict === 'agrees' ? 'agrees' : 'disagrees' })),
      ...verdict.checks.map((c) =>
        h(
          'p',
          { class: 'small figure' },
          `${METRIC_WORDS[c.metric] ?? c.metric} at ${int(c.troops)} troops (${c.objective}): `,
          h('strong', { text: pct(c.measured, 1) }),
          ` of ${int(c.runs)} runs (95%: ${pct(c.interval[0], 1)}-${pct(c.interval[1], 1)}); the claim needs ${OP_WORDS[c.op] ?? c.op} ${pct(c.threshold, 1)}: ${c.holds ? 'holds' : 'does not hold'}.`,
        ),
      ),
      verdict.driver
        ? h(
            'p',
            { class: 'small driver' },
            'Moves it most: ',
            h('strong', { text: `${verdict.driver.label} (${verdict.driver.symbol})` }),
            ` from ${num(verdict.driver.low, verdict.driver.low < 5 ? 0.01 : 1)} to ${num(verdict.driver.high, verdict.driver.high < 5 ? 0.01 : 1)} (${verdict.driver.rangeKind} range) moves the figure from ${pct(verdict.driver.metricAtLow)} to ${pct(verdict.driver.metricAtHigh)}.`,
          )
        : h('p', { class: 'small driver', text: 'No input moves this figure across its range.' }),
    );
  }
  return h(
    'article',
    { class: 'claim-card', 'data-claim': claim.id },
    h('blockquote', { text: `“${claim.quote}”` }),
    h('p', { class: 'small muted', text: `${claim.who}, ${claim.date}. ${claim.source}` }),
    h('p', { class: 'small', text: `Claim tested: ${claim.claim}` }),
    ...body,
  );
}
