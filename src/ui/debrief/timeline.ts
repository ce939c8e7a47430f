// Debrief timeline: share of the population in covered regions (troops per 1,000 at or above the
// requirement: not the same as stabilized) and active resistance per 1,000 of the whole country, by month,
// as an SVG chart with a table alternative for screen readers and for reading exact values, and
// exports: the table as CSV (raw numbers) and the chart as PNG (the analysis charts' rasterizer).
import { toCsvFile } from '../../app/export';
import type { MonthRecord } from '../../model/types';
import { h, svg } from '../dom';
import { pct } from '../format';
import { formatNumber, t } from '../i18n';
import { chartPng, downloadBlob, setCellValue, tableRows } from '../svg-png';
import { exportFileName, type FileContext } from '../../app/file-names';
import { wording, type Wording } from '../kit/wording';

export const TIMELINE_W = 640;
export const TIMELINE_H = 260;
/** Extra height of the saved picture for its legend line (the page has an HTML legend instead). */
export const TIMELINE_LEGEND_H = 28;
const W = TIMELINE_W;
const H = TIMELINE_H;
const PAD = { left: 46, right: 54, top: 14, bottom: 34 };

/** The chart, its table and exports; every text is registered with `words`, so a language switch re-words them in place. */
export function timelineChart(timeline: readonly MonthRecord[], months: number, words: Wording = wording(), file: FileContext | null = null): HTMLElement {
  if (!timeline.length) return words.text(h('p', { class: 'muted' }), () => t('No control month was played (the entry phase decided the game), so there is no timeline.'));
  const xMax = Math.max(months, timeline[timeline.length - 1].month);
  const rMax = niceCeil(Math.max(0.4, ...timeline.map((m) => m.resistancePerThousand)) * 1.1);
  const x = (month: number) => PAD.left + ((month - 0) / xMax) * (W - PAD.left - PAD.right);
  const yShare = (share: number) => H - PAD.bottom - share * (H - PAD.top - PAD.bottom);
  const yRes = (value: number) => H - PAD.bottom - (value / rMax) * (H - PAD.top - PAD.bottom);
  const path = (points: [number, number][]) => points.map(([px, py], i) => `${i ? 'L' : 'M'}${px.toFixed(1)},${py.toFixed(1)}`).join(' ');
  const controlled = path(timeline.map((m) => [x(m.month), yShare(m.controlledShare)]));
  const resistance = path(timeline.map((m) => [x(m.month), yRes(m.resistancePerThousand)]));
  const grid: SVGElement[] = [];
  for (const share of [0, 0.25, 0.5, 0.75, 1]) {
    grid.push(svg('line', { x1: PAD.left, x2: W - PAD.right, y1: yShare(share), y2: yShare(share), stroke: '#e3e0d8' }));
    grid.push(words.text(svg('text', { x: PAD.left - 6, y: yShare(share) + 4, 'text-anchor': 'end' }), () => pct(share)));
    grid.push(words.text(svg('text', { x: W - PAD.right + 6, y: yShare(share) + 4, fill: '#a33' }), () => formatNumber(rMax * share, rMax < 2 ? 2 : 1)));
  }
  const tickStep = xMax > 24 ? 6 : xMax > 12 ? 3 : 1;
  for (let m = 0; m <= xMax; m += tickStep) grid.push(svg('text', { x: x(m), y: H - PAD.bottom + 16, 'text-anchor': 'middle' }, String(m)));
  grid.push(words.text(svg('text', { x: (PAD.left + W - PAD.right) / 2, y: H - 4, 'text-anchor': 'middle' }), () => t('month')));
  const chart = svg(
    'svg',
    { viewBox: `0 0 ${W} ${H}`, role: 'img', 'aria-labelledby': 'timeline-title' },
    words.text(svg('title', { id: 'timeline-title' }), () => t('Share of the population in covered regions (blue, left axis) and active resisters per 1,000 inhabitants of the whole country (red, right axis), by month')),
    ...grid,
    svg('path', { d: controlled, fill: 'none', stroke: '#2f6fb5', 'stroke-width': 3 }),
    svg('path', { d: resistance, fill: 'none', stroke: '#c0392b', 'stroke-width': 2.5, 'stroke-dasharray': '6 4' }),
  );
  const cell = (text: () => string, value: number) => {
    const td = words.text(h('td'), text);
    setCellValue(td, value);
    return td;
  };
  const rows = timeline.map((m) =>
    h(
      'tr',
      {},
      cell(() => String(m.month), m.month),
      cell(() => pct(m.controlledShare), m.controlledShare),
      cell(() => formatNumber(m.resistancePerThousand, 2), m.resistancePerThousand),
    ),
  );
  const table = h(
    'table',
    { class: 'compact', id: 'timeline-table' },
    h(
      'thead',
      {},
      h(
        'tr',
        {},
        words.text(h('th'), () => t('Month')),
        words.text(h('th'), () => t('Population in covered regions')),
        words.text(h('th'), () => t('Resistance per 1,000')),
      ),
    ),
    h('tbody', {}, ...rows),
  );
  const note = h('p', { class: 'small muted', id: 'timeline-export-status', role: 'status' });
  const tools = h(
    'div',
    { class: 'chart-tools' },
    words.text(
      h('button', {
        type: 'button',
        id: 'timeline-csv',
        onclick: () => downloadBlob(new Blob([toCsvFile(tableRows(table))], { type: 'text/csv;charset=utf-8' }), exportFileName(file, 'timeline', 'csv')),
      }),
      () => t('Export the timeline as CSV'),
    ),
    words.text(
      h('button', {
        type: 'button',
        id: 'timeline-png',
        onclick: () => {
          // A copy with the legend drawn in, laid out off-screen so its computed styles can be read.
          const copy = chart.cloneNode(true) as SVGSVGElement;
          copy.setAttribute('viewBox', `0 0 ${W} ${H + TIMELINE_LEGEND_H}`);
          const y = H + TIMELINE_LEGEND_H - 10;
          copy.append(
            svg('line', { x1: PAD.left, x2: PAD.left + 24, y1: y - 4, y2: y - 4, stroke: '#2f6fb5', 'stroke-width': 3 }),
            svg('text', { x: PAD.left + 30, y, 'font-size': 11 }, t('population in covered regions (left axis)')),
            svg('line', { x1: W / 2 - 10, x2: W / 2 + 14, y1: y - 4, y2: y - 4, stroke: '#c0392b', 'stroke-width': 2.5, 'stroke-dasharray': '6 4' }),
            svg('text', { x: W / 2 + 20, y, 'font-size': 11 }, t('active resistance per 1,000 (right axis)')),
          );
          const holder = h('div', { 'aria-hidden': 'true' });
          holder.style.setProperty('position', 'absolute');
          holder.style.setProperty('left', '-10000px');
          holder.style.setProperty('top', '0');
          holder.style.setProperty('width', `${W}px`);
          holder.append(copy);
          // Inside the chart's container, so the copy gets the same font rules as the chart on screen.
          chart.parentElement!.append(holder);
          chartPng(copy)
            .then(
              (blob) => downloadBlob(blob, exportFileName(file, 'timeline', 'png')),
              () => (note.textContent = t('The chart could not be saved as an image.')),
            )
            .finally(() => holder.remove());
        },
      }),
      () => t('Save the timeline as PNG'),
    ),
    note,
  );
  return h(
    'div',
    { class: 'chart' },
    chart,
    h(
      'p',
      { class: 'small' },
      h('span', { style: 'color:#2f6fb5;font-weight:700', text: '━ ' }),
      wordNode(words, () => `${t('population in covered regions (left axis)')}  `),
      h('span', { style: 'color:#c0392b;font-weight:700', text: '╍ ' }),
      wordNode(words, () => t('active resistance per 1,000 (right axis)')),
    ),
    h(
      'details',
      { class: 'table-alt' },
      words.text(h('summary'), () => t('Show the timeline as a table')),
      table,
    ),
    tools,
  );
}

/** A text node worded now and on every relocalize of `words`. */
export function wordNode(words: Wording, word: () => string): Text {
  const node = document.createTextNode('');
  words.on(() => (node.data = word()));
  return node;
}

/** The next 1, 2, 4 or 5 × 10^k at or above x, so the right axis reads in round steps of a quarter. */
function niceCeil(x: number): number {
  const p = 10 ** Math.floor(Math.log10(x));
  for (const m of [1, 2, 4, 5, 8, 10]) if (m * p >= x) return m * p;
  return 10 * p;
}
