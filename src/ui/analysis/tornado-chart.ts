// The tornado chart: the success rate at the current troop level with each input moved to the low
// and the high end of its range (others as set), sorted by how far the rate swings. Draws the
// analysis service's tornado result as it is: its bars, its ranges (the scenario's range, worded by
// the value's status as a published, derived or design range, or ±50% assumed where the scenario gives
// none: the one definition, engine inputRanges) and its order. Inputs the teacher hid
// are left out (no bar, no row, no range, no value; the model still computes with their value), and
// the chart says that some were left out.
import type { TornadoResult } from '../../analysis/queries';
import { successRate } from '../../engine/metrics';
import { sourcedAt } from '../../model/inputs';
import type { Scenario, SensitivityBar } from '../../model/types';
import { fillTable, fitTexts, rawCell, fmtInt, fmtPct, linear, svgDraw, type ChartFrame } from './svg';
import { formatNumber, t, tData } from '../i18n';
import { rangeWord, statusDetail } from '../kit/status-label';

export const TORNADO_W = 900;
const ROW = 34;
// The left margin holds the input's name and its range; a longer one is drawn narrower (fitTexts).
const M = { left: 340, right: 40, top: 34, bottom: 40 };

/** An input's value at a bar's end, three significant figures, in the page's number format ("0,4" in Spanish). */
function fmtValue(v: number): string {
  return Math.abs(v) >= 1000 ? fmtInt(v) : formatNumber(Number(v.toPrecision(3)), 10);
}

/** What kind of range a bar spans: published, derived or design range, or ±50% assumed. */
export function rangeKindWord(bar: SensitivityBar): string {
  return rangeWord(bar.rangeKind);
}

/** Where a bar's value and range come from: the record's source or reason, or the assumption. */
function rangeSource(bar: SensitivityBar, scenario: Scenario): string {
  const sourced = sourcedAt(scenario, bar.path);
  if (bar.rangeKind === 'assumed ±50%') return t('No range given: ±50% of the value assumed');
  return sourced ? statusDetail(sourced) : rangeWord(bar.rangeKind);
}

export function renderTornado(frame: ChartFrame, result: TornadoResult | null, scenario: Scenario, troops: number, objectiveWord: string, hidden: readonly string[] = []): void {
  // Elements are kept across redraws; only what changed is set (see svgDraw).
  const svg = svgDraw(frame.svg);
  const headers = [t('Input'), t('Low end'), t('Rate at low end'), t('High end'), t('Rate at high end'), t('Swing (points)'), t('Range kind'), t('Source')];
  const caption = t('Success rate at {troops} troops, each input at the ends of its range', { troops: fmtInt(troops) });
  if (!result) {
    svg.end();
    frame.svg.setAttribute('viewBox', `0 0 ${TORNADO_W} ${M.top + ROW + M.bottom}`);
    fillTable(frame.table, caption, headers, []);
    frame.sentence.textContent = t('Computing the sensitivity…');
    return;
  }
  const rows = result.bars.filter((bar) => !hidden.includes(bar.path));
  const leftOut = result.bars.length - rows.length;
  const baseRate = result.bars[0]?.metricAtBase ?? successRate(result.tallies[0]);
  const height = M.top + Math.max(1, rows.length) * ROW + M.bottom;
  frame.svg.setAttribute('viewBox', `0 0 ${TORNADO_W} ${height}`);
  const x = linear(0, 1, M.left, TORNADO_W - M.right);
  const bottom = height - M.bottom;
  for (let p = 0; p <= 1.0001; p += 0.25) {
    svg.el('line', { x1: x(p), x2: x(p), y1: M.top - 6, y2: bottom, class: 'an-grid' });
    svg.el('text', { x: x(p), y: bottom + 18, 'text-anchor': 'middle', class: 'an-tick' }, fmtPct(p));
  }
  svg.el('text', { x: (M.left + TORNADO_W - M.right) / 2, y: height - 4, 'text-anchor': 'middle', class: 'an-label' }, t('Success rate at {troops} troops', { troops: fmtInt(troops) }));
  const bx = x(baseRate);
  svg.el('line', { x1: bx, x2: bx, y1: M.top - 10, y2: bottom, class: 'an-base' });
  // Near the right end (a rate close to 100%) the label ends at the line, so it stays inside the chart.
  svg.el('text', { x: bx, y: M.top - 14, 'text-anchor': bx > TORNADO_W - 70 ? 'end' : 'middle', class: 'an-tick' }, t('as set: {rate}', { rate: fmtPct(baseRate) }));
  rows.forEach((bar, i) => {
    const cy = M.top + i * ROW + ROW / 2;
    svg.el('text', { x: M.left - 8, y: cy - 2, 'text-anchor': 'end', class: 'an-row-label' }, tData(bar.label));
    svg.el('text', { x: M.left - 8, y: cy + 13, 'text-anchor': 'end', class: 'an-row-sub' }, `${fmtValue(bar.low)} → ${fmtValue(bar.high)} (${rangeKindWord(bar)})`);
    const a = bar.metricAtLow;
    const b = bar.metricAtHigh;
    const x0 = x(Math.min(a, b));
    const x1 = x(Math.max(a, b));
    svg.el('rect', { x: x0, y: cy - 10, width: Math.max(2, x1 - x0), height: 20, class: `an-tbar${bar.rangeKind === 'assumed ±50%' ? ' an-tbar-assumed' : ''}` });
    svg.el('circle', { cx: x(a), cy, r: 5, class: 'an-tend-low' });
    svg.el('circle', { cx: x(b), cy, r: 5, class: 'an-tend-high' });
  });
  svg.end();
  fitTexts(frame.svg, '.an-row-label, .an-row-sub', M.left - 12);

  fillTable(
    frame.table,
    caption,
    headers,
    rows.map((b) => [
      tData(b.label),
      rawCell(fmtValue(b.low), b.low),
      rawCell(fmtPct(b.metricAtLow), b.metricAtLow),
      rawCell(fmtValue(b.high), b.high),
      rawCell(fmtPct(b.metricAtHigh), b.metricAtHigh),
      rawCell(String(Math.round(b.swing * 100)), Math.round(b.swing * 100)),
      rangeKindWord(b),
      rangeSource(b, scenario),
    ]),
  );
  const runs = result.query.runs;
  const top = rows[0];
  const hiddenNote = leftOut > 0 ? ` ${t('Inputs hidden by the teacher are left out of this chart.')}` : '';
  if (!top) {
    frame.sentence.textContent = t('No input of this scenario can be moved, so there is no tornado.') + hiddenNote;
    return;
  }
  const params = { troops: fmtInt(troops), objective: objectiveWord, success: fmtPct(baseRate), runs: fmtInt(runs) };
  if (top.swing === 0) {
    frame.sentence.textContent = t('At {troops} troops the {objective} succeeds in {success} of {runs} runs as set, and no input moved across its range changes that: here the troop level decides, not the assumptions.', params) + hiddenNote;
    return;
  }
  const next = rows[1];
  frame.sentence.textContent =
    t('At {troops} troops the {objective} succeeds in {success} of {runs} runs as set.', params) +
    ' ' +
    (next
      ? t('{input} moves it most: {low} at {lowValue} and {high} at {highValue}; next is {next} ({nextLow} to {nextHigh}).', {
          input: tData(top.label),
          low: fmtPct(top.metricAtLow),
          lowValue: fmtValue(top.low),
          high: fmtPct(top.metricAtHigh),
          highValue: fmtValue(top.high),
          next: tData(next.label).toLowerCase(),
          nextLow: fmtPct(next.metricAtLow),
          nextHigh: fmtPct(next.metricAtHigh),
        })
      : t('{input} moves it most: {low} at {lowValue} and {high} at {highValue}.', {
          input: tData(top.label),
          low: fmtPct(top.metricAtLow),
          lowValue: fmtValue(top.low),
          high: fmtPct(top.metricAtHigh),
          highValue: fmtValue(top.high),
        })) +
    hiddenNote;
}
