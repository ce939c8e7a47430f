// The player's result beside the distribution the automatic plan reaches with the same inputs:
// outcome shares over many runs as a stacked bar and a table, with the player's class marked.
import { OUTCOME_CLASSES, type BatchSummary, type OutcomeClass, type RunOutcome } from '../../model/types';
import { h } from '../dom';
import { int, OUTCOME_COLOURS, OUTCOME_WORDS, pct } from '../format';

export function distributionPanel(summary: BatchSummary, player: OutcomeClass | null, planSameDice: RunOutcome | null): HTMLElement {
  const segments = OUTCOME_CLASSES.filter((c) => summary.outcomeShares[c] > 0).map((c) =>
    h('span', { style: `width:${(summary.outcomeShares[c] * 100).toFixed(2)}%;background:${OUTCOME_COLOURS[c]}`, title: `${OUTCOME_WORDS[c]} ${pct(summary.outcomeShares[c])}`, text: summary.outcomeShares[c] >= 0.08 ? pct(summary.outcomeShares[c]) : '' }),
  );
  const rows = OUTCOME_CLASSES.map((c) =>
    h(
      'tr',
      { 'data-outcome': c },
      h('td', {}, h('span', { class: 'swatch', style: `display:inline-block;width:12px;height:12px;border-radius:2px;margin-right:6px;background:${OUTCOME_COLOURS[c]}` }), OUTCOME_WORDS[c]),
      h('td', { class: 'share', text: pct(summary.outcomeShares[c]) }),
      h('td', { class: c === player ? 'you' : '', text: c === player ? '◀ your game' : '' }),
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
      text: right ? `your game: ${OUTCOME_WORDS[player]} ▲` : `▲ your game: ${OUTCOME_WORDS[player]}`,
    });
  }
  return h(
    'div',
    { class: 'distribution' },
    h('div', { class: 'dist-bar', role: 'img', 'aria-label': OUTCOME_CLASSES.map((c) => `${OUTCOME_WORDS[c]} ${pct(summary.outcomeShares[c])}`).join(', ') }, ...segments),
    h('div', { class: 'you-track' }, marker),
    h('table', { class: 'compact dist-table', id: 'dist-table' }, h('thead', {}, h('tr', {}, h('th', { text: 'Outcome' }), h('th', { text: 'Automatic plan' }), h('th', { text: '' }))), h('tbody', {}, ...rows)),
    h(
      'p',
      { id: 'success-rate' },
      'The automatic plan reaches the objective in ',
      h('strong', { id: 'success-figure', text: pct(summary.successRate, 1) }),
      ` of ${int(summary.runs)} runs (95% interval ${pct(lo, 1)}-${pct(hi, 1)}); the key region is entered in ${pct(summary.entryRate, 1)}.`,
    ),
    planSameDice
      ? h('p', { class: 'small', text: `With exactly your dice (run 0 of seed “${summary.seed}”), the automatic plan ends ${OUTCOME_WORDS[planSameDice.outcome]} and ${planSameDice.success ? 'reaches' : 'misses'} the objective.` })
      : null,
  );
}
