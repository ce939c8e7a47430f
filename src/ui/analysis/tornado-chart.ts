// The tornado chart: the success rate at the current troop level with each input moved to the low
// and the high end of its published range (others as set), sorted by how far the rate swings.
import type { Tally } from '../../model/types';
import type { TornadoBar } from './controller';
import { successRate } from './jobs';
import { fillTable, rawCell, fmtInt, fmtPct, linear, svgEl, type ChartFrame } from './svg';
import { t, tData } from '../i18n';

export const TORNADO_W = 900;
const ROW = 34;
const M = { left: 250, right: 40, top: 34, bottom: 40 };

function fmtValue(path: string, v: number): string {
  return Math.abs(v) >= 1000 ? fmtInt(v) : String(Number(v.toPrecision(3)));
}

export function sortedBars(bars: TornadoBar[]): TornadoBar[] {
  const swing = (b: TornadoBar) => (b.low && b.high ? Math.abs(successRate(b.high) - successRate(b.low)) : -1);
  return [...bars].sort((a, b) => swing(b) - swing(a) || a.input.label.localeCompare(b.input.label));
}

export function renderTornado(frame: ChartFrame, bars: TornadoBar[], base: Tally | null, troops: number, objectiveWord: string): void {
  const rows = sortedBars(bars);
  const height = M.top + Math.max(1, rows.length) * ROW + M.bottom;
  frame.svg.setAttribute('viewBox', `0 0 ${TORNADO_W} ${height}`);
  const svg = frame.svg;
  svg.replaceChildren();
  const x = linear(0, 1, M.left, TORNADO_W - M.right);
  const bottom = height - M.bottom;
  for (let p = 0; p <= 1.0001; p += 0.25) {
    svg.append(svgEl('line', { x1: x(p), x2: x(p), y1: M.top - 6, y2: bottom, class: 'an-grid' }));
    svg.append(svgEl('text', { x: x(p), y: bottom + 18, 'text-anchor': 'middle', class: 'an-tick' }, fmtPct(p)));
  }
  svg.append(svgEl('text', { x: (M.left + TORNADO_W - M.right) / 2, y: height - 4, 'text-anchor': 'middle', class: 'an-label' }, `Success rate at ${fmtInt(troops)} troops`));
  if (base) {
    const bx = x(successRate(base));
    svg.append(svgEl('line', { x1: bx, x2: bx, y1: M.top - 10, y2: bottom, class: 'an-base' }));
    svg.append(svgEl('text', { x: bx, y: M.top - 14, 'text-anchor': 'middle', class: 'an-tick' }, `as set: ${fmtPct(successRate(base))}`));
  }
  if (rows.length === 0) {
    svg.append(svgEl('text', { x: M.left, y: M.top + 20, class: 'an-tick' }, 'No input of this scenario has a published range.'));
  }
  rows.forEach((bar, i) => {
    const cy = M.top + i * ROW + ROW / 2;
    const [lo, hi] = bar.input.range;
    svg.append(svgEl('text', { x: M.left - 8, y: cy - 2, 'text-anchor': 'end', class: 'an-row-label' }, bar.input.label));
    svg.append(svgEl('text', { x: M.left - 8, y: cy + 13, 'text-anchor': 'end', class: 'an-row-sub' }, `${fmtValue(bar.input.path, lo)} → ${fmtValue(bar.input.path, hi)}`));
    if (!bar.low || !bar.high) return;
    const a = successRate(bar.low);
    const b = successRate(bar.high);
    const x0 = x(Math.min(a, b));
    const x1 = x(Math.max(a, b));
    svg.append(svgEl('rect', { x: x0, y: cy - 10, width: Math.max(2, x1 - x0), height: 20, class: 'an-tbar' }));
    svg.append(svgEl('circle', { cx: x(a), cy, r: 5, class: 'an-tend-low' }));
    svg.append(svgEl('circle', { cx: x(b), cy, r: 5, class: 'an-tend-high' }));
  });

  const ready = rows.filter((b) => b.low && b.high);
  fillTable(frame.table, t('Success rate at {troops} troops, each input at the ends of its published range', { troops: fmtInt(troops) }),
    [t('Input'), t('Low end'), t('Rate at low end'), t('High end'), t('Rate at high end'), t('Swing (points)'), t('Source')],
    rows.map((b) => [
      tData(b.input.label), rawCell(fmtValue(b.input.path, b.input.range[0]), b.input.range[0]), b.low ? rawCell(fmtPct(successRate(b.low)), successRate(b.low)) : rawCell('…', null),
      rawCell(fmtValue(b.input.path, b.input.range[1]), b.input.range[1]), b.high ? rawCell(fmtPct(successRate(b.high)), successRate(b.high)) : rawCell('…', null),
      b.low && b.high
        ? rawCell(String(Math.round(Math.abs(successRate(b.high) - successRate(b.low)) * 100)), Math.round(Math.abs(successRate(b.high) - successRate(b.low)) * 100))
        : rawCell('…', null),
      b.input.source,
    ]));
  if (!base || ready.length < rows.length) {
    frame.sentence.textContent = rows.length ? t('Computing the sensitivity…') : t('No input of this scenario has a published range, so there is no tornado.');
    return;
  }
  const top = ready[0];
  const swing = (b: TornadoBar) => Math.abs(successRate(b.high!) - successRate(b.low!));
  if (top && swing(top) === 0) {
    frame.sentence.textContent = t('At {troops} troops the {objective} succeeds in {success} of {runs} runs as set, and no input moved across its published range changes that: here the troop level decides, not the assumptions.', { troops: fmtInt(troops), objective: objectiveWord, success: fmtPct(successRate(base)), runs: fmtInt(base.runs) });
    return;
  }
  frame.sentence.textContent = top
    ? t('At {troops} troops the {objective} succeeds in {success} of {runs} runs as set.', { troops: fmtInt(troops), objective: objectiveWord, success: fmtPct(successRate(base)), runs: fmtInt(base.runs) }) + ' ' +
      (ready[1]
        ? t('{input} moves it most: {low} at {lowValue} and {high} at {highValue}; next is {next} ({nextLow} to {nextHigh}).', {
          input: tData(top.input.label), low: fmtPct(successRate(top.low!)), lowValue: fmtValue(top.input.path, top.input.range[0]), high: fmtPct(successRate(top.high!)), highValue: fmtValue(top.input.path, top.input.range[1]),
          next: tData(ready[1].input.label).toLowerCase(), nextLow: fmtPct(successRate(ready[1].low!)), nextHigh: fmtPct(successRate(ready[1].high!)),
        })
        : t('{input} moves it most: {low} at {lowValue} and {high} at {highValue}.', {
          input: tData(top.input.label), low: fmtPct(successRate(top.low!)), lowValue: fmtValue(top.input.path, top.input.range[0]), high: fmtPct(successRate(top.high!)), highValue: fmtValue(top.input.path, top.input.range[1]),
        }))
    : t('No input of this scenario has a published range, so there is no tornado.');
}
