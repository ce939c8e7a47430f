// The player's result beside the distribution the automatic plan reaches with the same inputs:
// outcome shares over many runs as a stacked bar and a table, with the player's class marked.
// The bar on screen is HTML; "Save as PNG" draws the same shares as an SVG and rasterizes that.
import { OUTCOME_CLASSES, type BatchSummary, type OutcomeClass, type RunOutcome } from '../../model/types';
import { h, svg } from '../dom';
import { int, OUTCOME_COLOURS, OUTCOME_WORDS, pct } from '../format';
import { t, tData } from '../i18n';
import { chartPng, downloadBlob } from '../svg-png';
import { exportFileName, type FileContext } from '../../app/file-names';
import { wording, type Wording } from '../kit/wording';
import { wordNode } from './timeline';

export const DIST_PNG_W = 640;
export const DIST_PNG_H = 150;

/** The distribution as a standalone SVG: title, stacked bar, one labelled swatch per outcome. */
export function distributionSvg(summary: BatchSummary, player: OutcomeClass | null): SVGSVGElement {
  const left = 20;
  const width = DIST_PNG_W - 2 * left;
  const parts: SVGElement[] = [svg('text', { x: left, y: 22, 'font-size': 14, 'font-weight': 700, fill: '#222' }, t('The automatic plan with the same inputs ({runs} runs)', { runs: int(summary.runs) }))];
  let x = left;
  for (const c of OUTCOME_CLASSES) {
    const w = summary.outcomeShares[c] * width;
    if (w > 0) parts.push(svg('rect', { x, y: 36, width: w, height: 36, fill: OUTCOME_COLOURS[c] }));
    x += w;
  }
  OUTCOME_CLASSES.forEach((c, i) => {
    const lx = left + i * (width / OUTCOME_CLASSES.length);
    parts.push(svg('rect', { x: lx, y: 88, width: 12, height: 12, fill: OUTCOME_COLOURS[c] }));
    const label = `${tData(OUTCOME_WORDS[c])} ${pct(summary.outcomeShares[c])}${c === player ? ' ◀' : ''}`;
    parts.push(svg('text', { x: lx + 16, y: 99, 'font-size': 12, fill: '#222' }, label));
  });
  parts.push(
    svg(
      'text',
      { x: left, y: 130, 'font-size': 12, fill: '#222' },
      t('Success {rate} (95% interval {low}-{high}); seed “{seed}”.', { rate: pct(summary.successRate, 1), low: pct(summary.successInterval[0], 1), high: pct(summary.successInterval[1], 1), seed: summary.seed }),
    ),
  );
  return svg('svg', { viewBox: `0 0 ${DIST_PNG_W} ${DIST_PNG_H}`, width: DIST_PNG_W, height: DIST_PNG_H, 'font-family': 'sans-serif' }, ...parts) as SVGSVGElement;
}

/** The "Save as PNG" button of the distribution (the SVG is laid out off-screen while it is drawn). */
function distributionPngButton(summary: BatchSummary, player: OutcomeClass | null, words: Wording, file: FileContext | null): HTMLElement {
  const note = h('span', { class: 'small muted', role: 'status' });
  const button = h('button', {
    type: 'button',
    id: 'distribution-png',
    onclick: () => {
      const holder = h('div', { 'aria-hidden': 'true' });
      holder.style.setProperty('position', 'absolute');
      holder.style.setProperty('left', '-10000px');
      holder.style.setProperty('top', '0');
      const chart = distributionSvg(summary, player);
      holder.append(chart);
      document.body.append(holder);
      chartPng(chart)
        .then(
          (blob) => downloadBlob(blob, exportFileName(file, 'distribution', 'png')),
          () => (note.textContent = t('The chart could not be saved as an image.')),
        )
        .finally(() => holder.remove());
    },
  });
  words.text(button, () => t('Save the distribution as PNG'));
  return h('div', { class: 'chart-tools' }, button, note);
}

/**
 * The distribution beside the player's class, from a result already computed: every text is
 * registered with `words`, so a language switch re-words it from the same result (no new query).
 */
export function distributionPanel(summary: BatchSummary, player: OutcomeClass | null, planSameDice: RunOutcome | null, words: Wording = wording(), file: FileContext | null = null): HTMLElement {
  const share = (c: OutcomeClass) => `${tData(OUTCOME_WORDS[c])} ${pct(summary.outcomeShares[c])}`;
  const segments = OUTCOME_CLASSES.filter((c) => summary.outcomeShares[c] > 0).map((c) => {
    const segment = h('span', { style: `width:${(summary.outcomeShares[c] * 100).toFixed(2)}%;background:${OUTCOME_COLOURS[c]}` });
    words.attr(segment, 'title', () => share(c));
    return words.text(segment, () => (summary.outcomeShares[c] >= 0.08 ? pct(summary.outcomeShares[c]) : ''));
  });
  const rows = OUTCOME_CLASSES.map((c) =>
    h(
      'tr',
      { 'data-outcome': c },
      h(
        'td',
        {},
        h('span', { class: 'swatch', style: `display:inline-block;width:12px;height:12px;border-radius:2px;margin-right:6px;background:${OUTCOME_COLOURS[c]}` }),
        wordNode(words, () => tData(OUTCOME_WORDS[c])),
      ),
      words.text(h('td', { class: 'share' }), () => pct(summary.outcomeShares[c])),
      words.text(h('td', { class: c === player ? 'you' : '' }), () => (c === player ? t('◀ your game') : '')),
    ),
  );
  const [lo, hi] = summary.successInterval;
  let marker: HTMLElement | null = null;
  if (player) {
    // Centre of the player's class on the bar (an empty class gets a mark at its place in the order).
    const before = OUTCOME_CLASSES.slice(0, OUTCOME_CLASSES.indexOf(player)).reduce((sum, c) => sum + summary.outcomeShares[c], 0);
    const at = Math.min(98, Math.max(2, (before + summary.outcomeShares[player] / 2) * 100));
    const right = at > 60;
    marker = h('div', { class: 'you-marker', id: 'you-marker', style: `left:${at.toFixed(1)}%;transform:translateX(${right ? 'calc(-100% + 0.5em)' : '-0.5em'})` });
    const label = () => t('your game: {outcome}', { outcome: tData(OUTCOME_WORDS[player]) });
    words.text(marker, () => (right ? `${label()} ▲` : `▲ ${label()}`));
  }
  const bar = h('div', { class: 'dist-bar', role: 'img' }, ...segments);
  words.attr(bar, 'aria-label', () => OUTCOME_CLASSES.map(share).join(', '));
  const sameDice = planSameDice
    ? words.text(h('p', { class: 'small' }), () =>
        planSameDice.success
          ? t('With exactly your dice (run 0 of seed “{seed}”), the automatic plan ends {outcome} and reaches the objective.', { seed: summary.seed, outcome: tData(OUTCOME_WORDS[planSameDice.outcome]) })
          : t('With exactly your dice (run 0 of seed “{seed}”), the automatic plan ends {outcome} and misses the objective.', { seed: summary.seed, outcome: tData(OUTCOME_WORDS[planSameDice.outcome]) }),
      )
    : null;
  return h(
    'div',
    { class: 'distribution' },
    bar,
    h('div', { class: 'you-track' }, marker),
    h(
      'table',
      { class: 'compact dist-table', id: 'dist-table' },
      h(
        'thead',
        {},
        h(
          'tr',
          {},
          words.text(h('th'), () => t('Outcome')),
          words.text(h('th'), () => t('Automatic plan')),
          h(
            'th',
            {},
            words.text(h('span', { class: 'visually-hidden' }), () => t('Your game')),
          ),
        ),
      ),
      h('tbody', {}, ...rows),
    ),
    h(
      'p',
      { id: 'success-rate' },
      wordNode(words, () => t('The automatic plan reaches the objective in ')),
      words.text(h('strong', { id: 'success-figure' }), () => pct(summary.successRate, 1)),
      wordNode(words, () => t(' of {runs} runs (95% interval {low}-{high}); the key region is entered in {entry}.', { runs: int(summary.runs), low: pct(lo, 1), high: pct(hi, 1), entry: pct(summary.entryRate, 1) })),
    ),
    sameDice,
    distributionPngButton(summary, player, words, file),
  );
}
