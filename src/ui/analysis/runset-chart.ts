// One run set at the current troop level: histogram of days to enter the capital region and the
// shares of national outcome classes, with N and the seed printed so a class can reproduce it.
import { OUTCOME_CLASSES, type OutcomeClass } from '../../model/types';
import type { SummaryResult } from '../../analysis/queries';
import { entryRate, outcomeShare, successRate } from '../../engine/metrics';
import { fillTable, rawCell, fmtInt, fmtPct, linear, niceTicks, svgDraw, type ChartFrame } from './svg';
import { t } from '../i18n';

export const RUNSET_W = 900;
export const RUNSET_H = 320;
const M = { left: 56, right: 20, top: 20, bottom: 120 };

export const OUTCOME_LABELS: Record<OutcomeClass, string> = {
  'entry-failed': 'entry failed',
  failed: 'failed after entry',
  contested: 'contested',
  stabilized: 'stabilized',
};

/** An outcome class's name in the current language. */
export function outcomeLabel(kind: OutcomeClass): string {
  if (kind === 'entry-failed') return t('entry failed');
  if (kind === 'failed') return t('failed after entry');
  if (kind === 'contested') return t('contested');
  return t('stabilized');
}

/** The run set at the current level: the summary query the debrief's distribution shows too. */
export function renderRunSet(frame: ChartFrame, result: SummaryResult | null, objectiveWord: string): void {
  // Elements are kept across redraws; only what changed is set (see svgDraw).
  const svg = svgDraw(frame.svg);
  const tally = result?.tally ?? null;
  const seed = result?.query.seed ?? '';
  if (!result || !tally) {
    svg.end();
    frame.sentence.textContent = t('Computing the run set…');
    fillTable(frame.table, t('Runs by day of capital entry'), [t('Day'), t('Runs')], []);
    return;
  }
  const days = Math.max(10, tally.capitalDayCounts.length);
  const counts = Array.from({ length: days }, (_, d) => tally.capitalDayCounts[d] ?? 0);
  const maxCount = Math.max(1, ...counts);
  const plotBottom = RUNSET_H - M.bottom;
  const x = linear(0, days, M.left, RUNSET_W - M.right);
  const yTicks = niceTicks(maxCount, 4);
  const top = yTicks[yTicks.length - 1] || 1;
  const y = linear(0, top, plotBottom, M.top);
  // Layers that are always there, so a layer whose element count changes does not shift the next.
  const grid = svg.group({ class: 'an-grid-layer' });
  for (const t of yTicks) {
    grid.el('line', { x1: M.left, x2: RUNSET_W - M.right, y1: y(t), y2: y(t), class: 'an-grid' });
    grid.el('text', { x: M.left - 6, y: y(t) + 5, 'text-anchor': 'end', class: 'an-tick' }, fmtInt(t));
  }
  grid.end();
  const bars = svg.group({ class: 'an-hist-layer' });
  counts.forEach((c, d) => {
    if (c > 0) bars.el('rect', { x: x(d) + 1, y: y(c), width: Math.max(1, x(d + 1) - x(d) - 2), height: plotBottom - y(c), class: 'an-hist' });
  });
  bars.end();
  const step = days > 30 ? 10 : 5;
  const dayTicks = svg.group({ class: 'an-day-ticks' });
  // Day n's bar spans [n-1, n] on the scale, so its label sits at n - 0.5.
  for (let n = step; n <= days; n += step) dayTicks.el('text', { x: x(n - 0.5), y: plotBottom + 18, 'text-anchor': 'middle', class: 'an-tick' }, String(n));
  dayTicks.el('text', { x: x(0.5), y: plotBottom + 18, 'text-anchor': 'middle', class: 'an-tick' }, '1');
  dayTicks.end();
  svg.el('text', { x: 14, y: (M.top + plotBottom) / 2, 'text-anchor': 'middle', class: 'an-label', transform: `rotate(-90 14 ${(M.top + plotBottom) / 2})` }, t('Runs'));
  svg.el('text', { x: (M.left + RUNSET_W - M.right) / 2, y: plotBottom + 38, 'text-anchor': 'middle', class: 'an-label' }, t('Day the capital region was entered'));
  // Outcome shares as one stacked bar.
  const sx = linear(0, 1, M.left, RUNSET_W - M.right);
  const barY = RUNSET_H - 66;
  let acc = 0;
  const stack = svg.group({ class: 'an-out-layer' });
  for (const kind of OUTCOME_CLASSES) {
    const share = outcomeShare(tally, kind);
    if (share > 0) {
      stack.el('rect', { x: sx(acc), y: barY, width: sx(acc + share) - sx(acc), height: 22, class: `an-out an-out-${kind}` });
      if (share > 0.08) stack.el('text', { x: sx(acc) + 4, y: barY + 16, class: 'an-out-label' }, `${outcomeLabel(kind)} ${fmtPct(share)}`);
    }
    acc += share;
  }
  stack.end();
  svg.el('text', { x: M.left, y: barY - 6, class: 'an-tick' }, t('Outcome shares of {runs} runs, seed "{seed}"', { runs: fmtInt(tally.runs), seed }));
  // Colour key under the bar, so small shares without a label can still be read.
  OUTCOME_CLASSES.forEach((kind, i) => {
    const kx = M.left + i * 200;
    svg.el('rect', { x: kx, y: barY + 28, width: 12, height: 12, class: `an-out an-out-${kind}` });
    svg.el('text', { x: kx + 16, y: barY + 39, class: 'an-tick' }, `${outcomeLabel(kind)} ${fmtPct(outcomeShare(tally, kind))}`);
  });
  svg.end();

  fillTable(
    frame.table,
    t('Runs by day of capital entry ({runs} runs, seed "{seed}")', { runs: fmtInt(tally.runs), seed }),
    [t('Day'), t('Runs')],
    counts
      .map((c, d) => ({ c, d }))
      .filter(({ c }) => c !== 0)
      .map(({ c, d }) => [rawCell(String(d + 1), d + 1), rawCell(fmtInt(c), c)]),
  );
  const shares = OUTCOME_CLASSES.map((k) => `${outcomeLabel(k)} ${fmtPct(outcomeShare(tally, k))}`).join(', ');
  const median = result.summary.capitalDays?.median ?? null;
  const entered = counts.reduce((a, b) => a + b, 0);
  frame.sentence.textContent =
    t('{runs} runs with seed "{seed}" at {troops} troops: the {objective} succeeds in {success} (key region entered in {entry}).', {
      runs: fmtInt(tally.runs),
      seed,
      troops: fmtInt(tally.troops),
      objective: objectiveWord,
      success: fmtPct(successRate(tally)),
      entry: fmtPct(entryRate(tally)),
    }) +
    ' ' +
    (entered
      ? t('The capital region was entered in {count} runs, on day {day} at the median.', { count: fmtInt(entered), day: String(median) })
      : objectiveWord === t('limited objective')
        ? t('No run entered the capital region: the limited objective aims at another region.')
        : t('The capital region was never entered.')) +
    ' ' +
    t('Outcomes: {shares}.', { shares });
}
