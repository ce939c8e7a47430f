// A rung's outcome distribution: the share of runs in each outcome class as one stacked bar (the
// debrief's .dist-bar) and a list with the numbers, from a summary already computed.
import { OUTCOME_CLASSES, type BatchSummary } from '../../model/types';
import { h } from '../dom';
import { int, OUTCOME_COLOURS, OUTCOME_WORDS, pct } from '../format';
import { t, tData } from '../i18n';
import type { Wording } from '../kit/wording';

export function outcomeBar(summary: BatchSummary, words: Wording): HTMLElement {
  const share = (c: (typeof OUTCOME_CLASSES)[number]) => `${tData(OUTCOME_WORDS[c])} ${pct(summary.outcomeShares[c], 1)}`;
  const segments = OUTCOME_CLASSES.filter((c) => summary.outcomeShares[c] > 0).map((c) => words.attr(h('span', { style: `width:${(summary.outcomeShares[c] * 100).toFixed(2)}%;background:${OUTCOME_COLOURS[c]}` }), 'title', () => share(c)));
  const bar = words.attr(h('div', { class: 'dist-bar', role: 'img' }, ...segments), 'aria-label', () => OUTCOME_CLASSES.map(share).join(', '));
  const items = OUTCOME_CLASSES.map((c) =>
    h(
      'li',
      { 'data-outcome': c, 'data-share': String(summary.outcomeShares[c]) },
      h('span', { class: 'swatch', style: `background:${OUTCOME_COLOURS[c]}`, 'aria-hidden': 'true' }),
      words.text(h('span'), () => share(c)),
    ),
  );
  return h(
    'div',
    { class: 'ladder-dist' },
    bar,
    h('ul', { class: 'ladder-shares' }, ...items),
    h(
      'p',
      { class: 'ladder-success', 'data-success': String(summary.successRate) },
      words.text(h('span'), () => t('Objective reached: ')),
      words.text(h('strong', { class: 'success-figure' }), () => pct(summary.successRate, 1)),
      words.text(h('span'), () => t(' of {runs} runs (seed “{seed}”).', { runs: int(summary.runs), seed: summary.seed })),
    ),
  );
}
