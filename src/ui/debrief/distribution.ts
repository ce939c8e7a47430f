// The player's result beside the distribution the automatic plan reaches with the same inputs:
// outcome shares over many runs as a stacked bar and a table, with the player's class marked.
import { OUTCOME_CLASSES, type BatchSummary, type OutcomeClass, type RunOutcome } from '../../model/types';
import { h } from '../dom';
import { int, OUTCOME_COLOURS, OUTCOME_WORDS, pct } from '../format';
import { t, tData } from '../i18n';

export function distributionPanel(summary: BatchSummary, player: OutcomeClass | null, planSameDice: RunOutcome | null): HTMLElement {
  const segments = OUTCOME_CLASSES.filter((c) => summary.outcomeShares[c] > 0).map((c) =>
    h('span', { style: `width:${(summary.outcomeShares[c] * 100).toFixed(2)}%;background:${OUTCOME_COLOURS[c]}`, title: `${tData(OUTCOME_WORDS[c])} ${pct(summary.outcomeShares[c])}`, text: summary.outcomeShares[c] >= 0.08 ? pct(summary.outcomeShares[c]) : '' }),
  );
  const rows = OUTCOME_CLASSES.map((c) =>
    h(
      'tr',
      { 'data-outcome': c },
      h('td', {}, h('span', { class: 'swatch', style: `display:inline-block;width:12px;height:12px;border-radius:2px;margin-right:6px;background:${OUTCOME_COLOURS[c]}` }), tData(OUTCOME_WORDS[c])),
      h('td', { class: 'share', text: pct(summary.outcomeShares[c]) }),
      h('td', { class: c === player ? 'you' : '', text: c === player ? t('◀ your game') : '' }),
    ),
  );
  const [lo, hi] = summary.successInterval;
  let marker: HTMLElement | null = null;
  if (player) {
    // Centre of the player's class on the bar (an empty class gets a mark at its place in the order).
    const before = OUTCOME_CLASSES.slice(0, OUTCOME_CLASSES.indexOf(player)).reduce((sum, c) => sum + summary.outcomeShares[c], 0);
    const at = Math.min(98, Math.max(2, (before + summary.outcomeShares[player] / 2) * 100));
    const right = at > 60;
    marker = h('div', {
      class: 'you-marker',
      id: 'you-marker',
      style: `left:${at.toFixed(1)}%;transform:translateX(${right ? 'calc(-100% + 0.5em)' : '-0.5em'})`,
      text: right ? `${t('your game: {outcome}', { outcome: tData(OUTCOME_WORDS[player]) })} ▲` : `▲ ${t('your game: {outcome}', { outcome: tData(OUTCOME_WORDS[player]) })}`,
    });
  }
  return h(
    'div',
    { class: 'distribution' },
    h('div', { class: 'dist-bar', role: 'img', 'aria-label': OUTCOME_CLASSES.map((c) => `${tData(OUTCOME_WORDS[c])} ${pct(summary.outcomeShares[c])}`).join(', ') }, ...segments),
    h('div', { class: 'you-track' }, marker),
    h('table', { class: 'compact dist-table', id: 'dist-table' }, h('thead', {}, h('tr', {}, h('th', { text: t('Outcome') }), h('th', { text: t('Automatic plan') }), h('th', {}, h('span', { class: 'visually-hidden', text: t('Your game') })))), h('tbody', {}, ...rows)),
    h(
      'p',
      { id: 'success-rate' },
      t('The automatic plan reaches the objective in '),
      h('strong', { id: 'success-figure', text: pct(summary.successRate, 1) }),
      t(' of {runs} runs (95% interval {low}-{high}); the key region is entered in {entry}.', { runs: int(summary.runs), low: pct(lo, 1), high: pct(hi, 1), entry: pct(summary.entryRate, 1) }),
    ),
    planSameDice
      ? h('p', { class: 'small', text: planSameDice.success ? t('With exactly your dice (run 0 of seed “{seed}”), the automatic plan ends {outcome} and reaches the objective.', { seed: summary.seed, outcome: tData(OUTCOME_WORDS[planSameDice.outcome]) }) : t('With exactly your dice (run 0 of seed “{seed}”), the automatic plan ends {outcome} and misses the objective.', { seed: summary.seed, outcome: tData(OUTCOME_WORDS[planSameDice.outcome]) }) })
      : null,
  );
}
