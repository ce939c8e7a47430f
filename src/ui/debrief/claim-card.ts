// A claim card: the analyst's quote, who and when, the model's verdict, the figure behind it, and
// the input that moves that figure most across its range.
import type { ClaimSpec, ClaimVerdict } from '../../model/types';
import { h } from '../dom';
import { int, num, pct } from '../format';
import { formatDate, t, tData } from '../i18n';

const METRIC_WORDS: Record<string, () => string> = {
  entryRate: () => t('key region entered'),
  successRate: () => t('objective reached'),
  stabilizedShare: () => t('stabilized'),
  contestedShare: () => t('contested'),
  failedShare: () => t('failed after entry'),
  entryFailedShare: () => t('entry failed'),
};

const OP_WORDS: Record<string, () => string> = { '<': () => t('below'), '<=': () => t('at most'), '>': () => t('above'), '>=': () => t('at least') };

export function claimCard(claim: ClaimSpec, verdict: ClaimVerdict | null, error?: string): HTMLElement {
  const body: (HTMLElement | null)[] = [];
  if (error) body.push(h('p', { class: 'message', text: t('Could not evaluate: {error}', { error }) }));
  else if (!verdict) body.push(h('p', {}, h('span', { class: 'verdict pending', text: t('evaluating…') })));
  else {
    body.push(
      h('p', {}, t('The model') + ' ', h('span', { class: `verdict ${verdict.verdict}`, text: verdict.verdict === 'agrees' ? t('agrees') : t('disagrees') })),
      ...verdict.checks.map((c) =>
        h(
          'p',
          { class: 'small figure' },
          t('{metric} at {troops} troops ({objective}): ', { metric: METRIC_WORDS[c.metric]?.() ?? c.metric, troops: int(c.troops), objective: tData(c.objective) }),
          h('strong', { text: pct(c.measured, 1) }),
          t(' of {runs} runs (95%: {low}-{high}); the claim needs {op} {threshold}: {result}.', {
            runs: int(c.runs),
            low: pct(c.interval[0], 1),
            high: pct(c.interval[1], 1),
            op: OP_WORDS[c.op]?.() ?? c.op,
            threshold: pct(c.threshold, 1),
            result: c.holds ? t('holds') : t('does not hold'),
          }),
        ),
      ),
      verdict.driver
        ? h(
            'p',
            { class: 'small driver' },
            t('Moves it most: '),
            h('strong', { text: `${tData(verdict.driver.label)} (${verdict.driver.symbol})` }),
            t(' from {low} to {high} ({kind} range) moves the figure from {from} to {to}.', {
              low: num(verdict.driver.low, verdict.driver.low < 5 ? 0.01 : 1),
              high: num(verdict.driver.high, verdict.driver.high < 5 ? 0.01 : 1),
              kind: tData(verdict.driver.rangeKind),
              from: pct(verdict.driver.metricAtLow),
              to: pct(verdict.driver.metricAtHigh),
            }),
          )
        : h('p', { class: 'small driver', text: t('No input moves this figure across its range.') }),
    );
  }
  return h(
    'article',
    { class: 'claim-card', 'data-claim': claim.id },
    h('blockquote', { text: `“${claim.quote}”` }),
    h('p', { class: 'small muted', text: `${claim.who}, ${formatDate(claim.date)}. ${claim.source}` }),
    h('p', { class: 'small', text: t('Claim tested: {claim}', { claim: claim.claim }) }),
    ...body,
  );
}
