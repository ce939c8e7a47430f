// The sweep chart: the objective's success rate and the entry rate against troop level (0 to the scenario's axis end, axis.ts),
// the input-uncertainty band, a second axis in troops per 1,000 inhabitants, the published force
// markers, the current level and the inverse answer. Draws only; the data comes from the controller.
import type { Tally } from '../../model/types';
import { wilsonInterval } from '../../engine/batch';
import { BAND_RUNS } from '../../analysis/queries';
import { entryRate, successRate } from '../../engine/metrics';
import { troopTicks } from './axis';
import type { ForceMarker } from './markers';
import { csvNumber, fillTable, rawCell, fmtDensity, fmtInt, fmtPct, fmtTroopsShort, linear, niceTicks, svgDraw, type ChartFrame } from './svg';
import { troopsPerThousand } from './densities';
import { t } from '../i18n';

export const SWEEP_W = 900;
export const SWEEP_H = 430;
const M = { left: 62, right: 24, top: 58, bottom: 56 };

/**
 * The inverse answer as the chart draws it (from the service's inverse results): the smallest level
 * reaching the target, the levels where the 95% Wilson bounds reach it (sampling uncertainty), and
 * the answers at the band's optimistic and pessimistic ends (input uncertainty). Null: not reached
 * below the search's top.
 */
export interface InverseView {
  target: number;
  /** The top of the search (the shared search top, or the axis end if a typed level stretched it further): "not reached below" it. */
  max: number;
  troops: number | null;
  sampling: [number | null, number | null];
  inputs: [number | null, number | null] | null;
}

export interface SweepView {
  central: Tally[] | null;
  /** Runs behind each central point (a refining curve shows fewer than its target). */
  runs: number;
  targetRuns: number;
  optimistic: Tally[] | null;
  pessimistic: Tally[] | null;
  population: number;
  objectiveWord: string;
  troops: number;
  inverse: InverseView | null;
  bandInputs: string[];
  /** The scenario's published force sizes (markersFor(scenario)). */
  markers: readonly ForceMarker[];
  /** The end of the troop axis (troopAxisMax: the scenario's own levels, never another scenario's). */
  axisMax: number;
  /** The curve shown is the previous inputs' (dimmed) while the new one is computed. */
  stale?: boolean;
}

const y = linear(0, 1, SWEEP_H - M.bottom, M.top);

function pathOf(x: (v: number) => number, end: number, tallies: Tally[], value: (t: Tally) => number): string {
  // Only the levels on the axis: a dimmed curve of the previous scenario may reach further.
  return tallies
    .filter((t) => t.troops <= end)
    .map((t, i) => `${i ? 'L' : 'M'}${x(t.troops).toFixed(1)},${y(value(t)).toFixed(1)}`)
    .join('');
}

export function renderSweep(frame: ChartFrame, view: SweepView): void {
  // The chart's elements are kept from one redraw to the next: only changed attributes are set.
  const svg = svgDraw(frame.svg);
  const plotBottom = SWEEP_H - M.bottom;
  const plotRight = SWEEP_W - M.right;
  const axisEnd = view.axisMax;
  const x = linear(0, axisEnd, M.left, plotRight);

  // Grid and axes.
  const axes = svg.group({ class: 'an-axes' });
  for (let p = 0; p <= 1.0001; p += 0.2) {
    axes.el('line', { x1: M.left, x2: plotRight, y1: y(p), y2: y(p), class: 'an-grid' });
    axes.el('text', { x: M.left - 8, y: y(p) + 5, 'text-anchor': 'end', class: 'an-tick' }, fmtPct(p));
  }
  for (const t of troopTicks(axisEnd)) {
    axes.el('line', { x1: x(t), x2: x(t), y1: plotBottom, y2: plotBottom + 6, class: 'an-axis' });
    axes.el('text', { x: x(t), y: plotBottom + 22, 'text-anchor': 'middle', class: 'an-tick' }, fmtTroopsShort(t));
  }
  axes.el('text', { x: (M.left + plotRight) / 2, y: SWEEP_H - 8, 'text-anchor': 'middle', class: 'an-label' }, t('Intervention troops'));
  axes.el('line', { x1: M.left, x2: plotRight, y1: plotBottom, y2: plotBottom, class: 'an-axis' });
  // Second axis: troops per 1,000 inhabitants at the top.
  const maxDensity = troopsPerThousand(axisEnd, view.population);
  axes.el('line', { x1: M.left, x2: plotRight, y1: M.top, y2: M.top, class: 'an-axis' });
  for (const d of niceTicks(maxDensity, 8)) {
    const tx = x((d * view.population) / 1000);
    if (tx > plotRight + 0.5) continue;
    axes.el('line', { x1: tx, x2: tx, y1: M.top - 6, y2: M.top, class: 'an-axis' });
    axes.el('text', { x: tx, y: M.top - 10, 'text-anchor': 'middle', class: 'an-tick' }, String(d));
  }
  axes.el('text', { x: (M.left + plotRight) / 2, y: 16, 'text-anchor': 'middle', class: 'an-label' }, t('Troops per 1,000 inhabitants'));
  axes.end();

  // Published markers, numbered like the buttons under the chart.
  const markers = svg.group({ class: 'an-markers' });
  view.markers.forEach((m, i) => {
    markers.el('line', { x1: x(m.troops), x2: x(m.troops), y1: M.top, y2: plotBottom, class: 'an-marker-line' });
    const labelY = M.top + 14 + (i % 2) * 16;
    const nearEnd = x(m.troops) > plotRight - 12;
    markers.el('text', { x: x(m.troops) + (nearEnd ? -3 : 3), y: labelY, 'text-anchor': nearEnd ? 'end' : 'start', class: 'an-marker-num' }, String(i + 1));
  });
  markers.end();

  // Band, then the curves. Each layer is a group that is always there, so a series that comes and
  // goes (the band, the inverse answer) does not shift the elements after it (which are then kept).
  const bandLayer = svg.group({ class: 'an-band-layer' });
  if (view.optimistic && view.pessimistic) {
    const upper = view.optimistic.map((t) => `${x(t.troops).toFixed(1)},${y(successRate(t)).toFixed(1)}`);
    const lower = view.pessimistic.map((t) => `${x(t.troops).toFixed(1)},${y(successRate(t)).toFixed(1)}`).reverse();
    bandLayer.el('polygon', { points: [...upper, ...lower].join(' '), class: 'an-band', 'data-series': 'band' });
  }
  bandLayer.end();
  const curves = svg.group({ class: 'an-curves' });
  if (view.central) {
    curves.el('path', { d: pathOf(x, axisEnd, view.central, entryRate), class: 'an-entry', 'data-series': 'entry' });
    curves.el('path', { d: pathOf(x, axisEnd, view.central, successRate), class: 'an-success', 'data-series': 'success' });
  }
  curves.end();

  // Current troop level.
  const cx = x(Math.min(axisEnd, view.troops));
  svg.el('line', { x1: cx, x2: cx, y1: M.top, y2: plotBottom, class: 'an-current' });
  // The label turns to the left of the line near the right end, so it never leaves the chart.
  const currentEnd = cx > plotRight - 110;
  svg.el('text', { x: cx + (currentEnd ? -4 : 4), y: plotBottom - 8, 'text-anchor': currentEnd ? 'end' : 'start', class: 'an-current-label' }, t('current {troops}', { troops: fmtTroopsShort(view.troops) }));

  // Inverse answer: the target line, where the curve crosses it, and the intervals.
  const inv = view.inverse;
  const inverseLayer = svg.group({ class: 'an-inverse-layer' });
  if (inv) {
    const ty = y(inv.target);
    const g = inverseLayer.group({ class: 'an-inverse', 'data-series': 'inverse' });
    g.el('line', { x1: M.left, x2: plotRight, y1: ty, y2: ty, class: 'an-target' });
    if (inv.inputs) {
      const [a, b] = inv.inputs;
      const x0 = x(Math.min(a ?? axisEnd, axisEnd));
      const x1 = x(Math.min(b ?? axisEnd, axisEnd));
      if (a !== null) g.el('rect', { x: Math.min(x0, x1), y: ty - 9, width: Math.max(2, Math.abs(x1 - x0)), height: 18, class: 'an-inverse-inputs' });
    }
    const [s0, s1] = inv.sampling;
    if (s0 !== null && s0 <= axisEnd) {
      const x0 = x(s0);
      const x1 = x(Math.min(s1 ?? axisEnd, axisEnd));
      g.el('rect', { x: x0, y: ty - 4, width: Math.max(2, x1 - x0), height: 8, class: 'an-inverse-sampling' });
    }
    if (inv.troops !== null && inv.troops > axisEnd) {
      // Found by the search (which runs to the same top as the debrief and the CLI) but beyond this axis.
      g.el('text', { x: plotRight - 4, y: ty - 8, 'text-anchor': 'end', class: 'an-answer-label' }, t('{target} at ≈{troops}, beyond this axis', { target: fmtPct(inv.target), troops: fmtInt(Math.round(inv.troops / 1000) * 1000) }));
    } else if (inv.troops !== null) {
      const ax = x(inv.troops);
      g.el('line', { x1: ax, x2: ax, y1: ty, y2: plotBottom, class: 'an-answer' });
      g.el('circle', { cx: ax, cy: ty, r: 5, class: 'an-answer-dot' });
      const anchor = ax > plotRight - 160 ? 'end' : 'start';
      g.el('text', { x: ax + (anchor === 'end' ? -8 : 8), y: ty - 12, 'text-anchor': anchor, class: 'an-answer-label' }, t('{target} at ≈{troops}', { target: fmtPct(inv.target), troops: fmtInt(Math.round(inv.troops / 1000) * 1000) }));
    } else {
      g.el('text', { x: plotRight - 4, y: ty - 8, 'text-anchor': 'end', class: 'an-answer-label' }, t('{target} not reached below {max}', { target: fmtPct(inv.target), max: fmtInt(inv.max) }));
    }
    g.end();
  }
  inverseLayer.end();
  svg.end();

  renderSweepText(frame, view);
}

/** The table and the sentence: the same numbers the chart draws. */
export function renderSweepText(frame: ChartFrame, view: SweepView): void {
  const central = view.central;
  if (view.stale) {
    frame.sentence.textContent = t('Updating the curve for the new inputs…');
    return;
  }
  if (!central) {
    frame.sentence.textContent = t('Computing the curve…');
    fillTable(frame.table, t('Success and entry rate by troop level'), [t('Troops')], []);
    return;
  }
  const band = view.optimistic && view.pessimistic && view.optimistic.length === central.length ? { o: view.optimistic, p: view.pessimistic } : null;
  const rows = central.map((t, i) => {
    const [lo, hi] = wilsonInterval(t.success, t.runs);
    const density = troopsPerThousand(t.troops, view.population);
    return [
      rawCell(fmtInt(t.troops), t.troops),
      rawCell(fmtDensity(density), density),
      rawCell(fmtPct(successRate(t)), successRate(t)),
      rawCell(`${fmtPct(lo)}-${fmtPct(hi)}`, `${csvNumber(lo)}-${csvNumber(hi)}`),
      rawCell(fmtPct(entryRate(t)), entryRate(t)),
      band ? rawCell(fmtPct(successRate(band.p[i])), successRate(band.p[i])) : rawCell('…', null),
      band ? rawCell(fmtPct(successRate(band.o[i])), successRate(band.o[i])) : rawCell('…', null),
      rawCell(fmtInt(t.runs), t.runs),
    ];
  });
  fillTable(
    frame.table,
    t('Success and entry rate by troop level ({objective})', { objective: view.objectiveWord }),
    [
      t('Troops'),
      t('Per 1,000'),
      t('Success'),
      t('95% interval'),
      t('Entry'),
      t('Band low (pessimistic; {runs} runs)', { runs: fmtInt(band?.p[0]?.runs ?? BAND_RUNS) }),
      t('Band high (optimistic; {runs} runs)', { runs: fmtInt(band?.o[0]?.runs ?? BAND_RUNS) }),
      t('Runs'),
    ],
    rows,
  );
  frame.table.dataset.rows = JSON.stringify(central.map((t) => [t.troops, t.success, t.entered, t.runs]));

  const at = (troops: number) => central.find((t) => t.troops === troops);
  const parts: string[] = [];
  for (const m of view.markers) {
    const tally = at(m.troops);
    if (tally) parts.push(t('{success} at {troops} ({density} per 1,000)', { success: fmtPct(successRate(tally)), troops: fmtInt(m.troops), density: fmtDensity(troopsPerThousand(m.troops, view.population)) }));
  }
  const last = central[central.length - 1];
  const sentenceParams = {
    objective: view.objectiveWord,
    shares: parts.length ? parts.join(', ') : t('the runs shown'),
    last: fmtPct(successRate(last)),
    troops: fmtInt(last.troops),
    runs: fmtInt(view.runs),
    target: fmtInt(view.targetRuns),
  };
  let sentence =
    view.runs < view.targetRuns
      ? t('The {objective} succeeds in {shares} and {last} at {troops} troops, out of {runs} runs per level (refining towards {target}).', sentenceParams)
      : t('The {objective} succeeds in {shares} and {last} at {troops} troops, out of {runs} runs per level.', sentenceParams);
  if (band) {
    sentence += view.bandInputs.length
      ? ' ' + t('The band spans the pessimistic and optimistic ends of the published ranges of {inputs}.', { inputs: view.bandInputs.join(', ') })
      : ' ' + t('No unset input has a published range, so the band is the curve itself.');
  }
  if (view.inverse) {
    const inv = view.inverse;
    sentence +=
      inv.troops === null
        ? ' ' + t('It does not reach {target} below {max} troops.', { target: fmtPct(inv.target), max: fmtInt(inv.max) })
        : ' ' + t('It first reaches {target} at about {troops} troops.', { target: fmtPct(inv.target), troops: fmtInt(Math.round(inv.troops / 1000) * 1000) });
  }
  frame.sentence.textContent = sentence;
}
