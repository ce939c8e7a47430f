// The Class screen's calibration chart: one dot per group that made a forecast, at (the model's
// success rate for that group's set-up, the group's forecast), with the diagonal where a forecast
// equals the model. Dots above it forecast more success than the model found. Each dot is coloured
// by the group's game outcome (grey: no finished game) and has a <title>; the table beside the chart
// holds the same figures for screen readers, so the chart itself is one labelled image.
import type { PooledResult } from '../../app/result-pool';
import { OUTCOME_CLASSES } from '../../model/types';
import { svgEl } from '../analysis/svg';
import { OUTCOME_COLOURS, OUTCOME_WORDS } from '../format';
import { formatPercent, t, tData } from '../i18n';

const SIZE = 440;
const PAD = { left: 64, right: 20, top: 20, bottom: 56 };
const NO_GAME = '#9aa0a6';

export function calibrationChart(results: readonly PooledResult[]): SVGSVGElement {
  const plot = SIZE - PAD.left - PAD.right;
  const x = (share: number) => PAD.left + share * plot;
  const y = (share: number) => PAD.top + (1 - share) * plot;
  const forecasts = results.filter((r) => r.record.forecast !== null);
  const svg = svgEl('svg', { viewBox: `0 0 ${SIZE} ${SIZE + 56}`, role: 'img', id: 'class-chart', class: 'class-chart' });
  svg.setAttribute('aria-label', t('Calibration chart: {count} forecasts against the model’s success rate; the same figures are in the table.', { count: forecasts.length }));
  svg.append(svgEl('rect', { x: PAD.left, y: PAD.top, width: plot, height: plot, fill: 'none', stroke: '#888888', 'stroke-width': 1 }));
  for (const tick of [0, 0.25, 0.5, 0.75, 1]) {
    svg.append(
      svgEl('line', { x1: x(tick), x2: x(tick), y1: y(0), y2: y(0) + 5, stroke: '#888888' }),
      svgEl('text', { x: x(tick), y: y(0) + 18, 'text-anchor': 'middle', 'font-size': 12, fill: 'currentColor' }, formatPercent(tick)),
      svgEl('line', { x1: x(0) - 5, x2: x(0), y1: y(tick), y2: y(tick), stroke: '#888888' }),
      svgEl('text', { x: x(0) - 8, y: y(tick) + 4, 'text-anchor': 'end', 'font-size': 12, fill: 'currentColor' }, formatPercent(tick)),
    );
  }
  svg.append(
    svgEl('line', { x1: x(0), y1: y(0), x2: x(1), y2: y(1), stroke: '#555555', 'stroke-dasharray': '6 4', 'stroke-width': 1.5, class: 'class-diagonal' }),
    svgEl('text', { x: x(0.98), y: y(0.98) + 16, 'text-anchor': 'end', 'font-size': 12, fill: '#555555' }, t('forecast = model')),
    svgEl('text', { x: PAD.left + plot / 2, y: SIZE - 14, 'text-anchor': 'middle', 'font-size': 13, fill: 'currentColor' }, t('Model’s success rate for the group’s set-up')),
    svgEl('text', { x: 16, y: PAD.top + plot / 2, 'text-anchor': 'middle', 'font-size': 13, fill: 'currentColor', transform: `rotate(-90 16 ${PAD.top + plot / 2})` }, t('Group’s forecast')),
  );
  for (const r of forecasts) {
    const colour = r.record.game ? OUTCOME_COLOURS[r.record.game.outcome] : NO_GAME;
    const dot = svgEl('circle', { cx: x(r.record.batch.successRate), cy: y(r.record.forecast!), r: 6, fill: colour, 'fill-opacity': 0.8, stroke: '#ffffff', 'stroke-width': 1, class: 'class-dot', 'data-line': r.line });
    dot.append(svgEl('title', {}, t('Line {line}: forecast {forecast}, model {model}', { line: r.line, forecast: formatPercent(r.record.forecast!), model: formatPercent(r.record.batch.successRate) })));
    svg.append(dot);
  }
  // Legend: the game outcome colours, in one row under the axis title.
  let lx = 16;
  let ly = SIZE + 12;
  for (const [colour, word] of [...OUTCOME_CLASSES.map((c) => [OUTCOME_COLOURS[c], tData(OUTCOME_WORDS[c])] as const), [NO_GAME, t('no finished game')] as const]) {
    const width = 14 + word.length * 6.2 + 14;
    if (lx + width > SIZE) {
      lx = 16;
      ly += 20;
    }
    svg.append(svgEl('circle', { cx: lx + 5, cy: ly, r: 5, fill: colour }), svgEl('text', { x: lx + 14, y: ly + 4, 'font-size': 11, fill: 'currentColor' }, word));
    lx += width;
  }
  return svg;
}
