// Density comparison: Venezuela's troops per 1,000 inhabitants at each published force size beside
// the densities of past interventions and Quinlivan's bands, on a log scale (0.1 to 100) because
// the cases span almost three orders of magnitude.
import { HISTORICAL_DENSITIES, QUINLIVAN_BANDS, troopsPerThousand } from './densities';
import { FORCE_MARKERS } from './markers';
import { fillTable, fmtDensity, fmtInt, htmlEl, logScale, svgEl, type ChartFrame } from './svg';

export const DENSITY_W = 900;
const ROW = 24;
const M = { left: 230, right: 24, top: 44, bottom: 40 };
const MIN = 0.1;
const MAX = 100;

export interface DensityRow {
  label: string;
  low: number;
  high: number;
  kind: 'current' | 'marker' | 'history';
  note: string;
  source: string;
}

export function densityRows(scenarioTitle: string, population: number, troops: number): DensityRow[] {
  const here: DensityRow[] = FORCE_MARKERS.map((m) => {
    const d = troopsPerThousand(m.troops, population);
    return { label: `${scenarioTitle.split(':')[0]} at ${fmtInt(m.troops)}`, low: d, high: d, kind: 'marker', note: m.label, source: m.source };
  });
  const current = troopsPerThousand(troops, population);
  here.push({ label: `Current setting: ${fmtInt(troops)}`, low: current, high: current, kind: 'current', note: 'your troop level', source: 'population from the current inputs' });
  const history: DensityRow[] = HISTORICAL_DENSITIES.map((h) => ({
    label: h.label, low: h.low, high: h.high, kind: 'history', note: [h.note, h.published].filter(Boolean).join('; '), source: h.source,
  }));
  return [...here.sort((a, b) => a.low - b.low), ...history];
}

export function densityHeight(rows: number): number {
  return M.top + rows * ROW + M.bottom;
}

export function renderDensity(frame: ChartFrame, rows: DensityRow[], population: number): void {
  const height = densityHeight(rows.length);
  frame.svg.setAttribute('viewBox', `0 0 ${DENSITY_W} ${height}`);
  const svg = frame.svg;
  svg.replaceChildren();
  const x = logScale(MIN, MAX, M.left, DENSITY_W - M.right);
  const bottom = height - M.bottom;
  for (const band of QUINLIVAN_BANDS) {
    const x0 = x(band.low);
    const x1 = x(Math.min(MAX, band.high));
    svg.append(svgEl('rect', { x: x0, y: M.top - 6, width: x1 - x0, height: bottom - M.top + 6, class: `an-qband an-qband-${band.id}` }));
    svg.append(svgEl('text', { x: x0 + 4, y: M.top - 10, class: 'an-qband-label' }, band.id === 'policing' ? 'policing 1-4' : 'difficult ≥ 20'));
  }
  for (const t of [0.1, 0.2, 0.5, 1, 2, 5, 10, 20, 50, 100]) {
    svg.append(svgEl('line', { x1: x(t), x2: x(t), y1: M.top - 4, y2: bottom, class: 'an-grid' }));
    svg.append(svgEl('text', { x: x(t), y: bottom + 18, 'text-anchor': 'middle', class: 'an-tick' }, String(t)));
  }
  svg.append(svgEl('text', { x: (M.left + DENSITY_W - M.right) / 2, y: height - 4, 'text-anchor': 'middle', class: 'an-label' }, 'Troops per 1,000 inhabitants (log scale)'));
  rows.forEach((row, i) => {
    const cy = M.top + i * ROW + ROW / 2;
    svg.append(svgEl('text', { x: M.left - 8, y: cy + 5, 'text-anchor': 'end', class: `an-row-label an-row-${row.kind}` }, row.label));
    const x0 = x(MIN);
    const x1 = x(Math.min(MAX, row.high));
    svg.append(svgEl('rect', { x: x0, y: cy - 7, width: Math.max(1, x(Math.min(MAX, row.low)) - x0), height: 14, class: `an-dbar an-dbar-${row.kind}` }));
    if (row.high > row.low) svg.append(svgEl('rect', { x: x(row.low), y: cy - 7, width: x1 - x(row.low), height: 14, class: `an-dbar an-dbar-${row.kind} an-dbar-range` }));
    const value = row.high > row.low ? `${fmtDensity(row.low)}-${fmtDensity(row.high)}` : fmtDensity(row.low);
    svg.append(svgEl('text', { x: x1 + 5, y: cy + 5, class: 'an-bar-value' }, value));
  });

  fillTable(frame.table, 'Troops per 1,000 inhabitants', ['Case', 'Per 1,000', 'Note', 'Source'],
    rows.map((r) => [r.label, r.high > r.low ? `${fmtDensity(r.low)}-${fmtDensity(r.high)}` : fmtDensity(r.low), r.note, r.source]));

  const ten = troopsPerThousand(10_000, population);
  const below = HISTORICAL_DENSITIES.filter((h) => h.high < ten).map((h) => h.label);
  const iraq = HISTORICAL_DENSITIES.find((h) => h.id === 'iraq')!;
  const needed = (d: number) => fmtInt(Math.round((d * population) / 1000 / 1000) * 1000);
  frame.sentence.textContent =
    `About 10,000 troops are ${fmtDensity(ten)} per 1,000 inhabitants here: ` +
    (below.length ? `above only ${below.join(', ')} (${fmtDensity(HISTORICAL_DENSITIES.find((h) => h.label === below[0])!.low)}), ` : 'below every past case shown, ') +
    `below Quinlivan's policing band of 1-4 per 1,000, and far below Iraq 2003 (${fmtDensity(iraq.low)}-${fmtDensity(iraq.high)}). ` +
    `With this population, 1 per 1,000 takes about ${needed(1)} troops, Iraq's 6 about ${needed(6)}, and Quinlivan's 20 for difficult cases about ${needed(20)}. ` +
    `Scale: logarithmic.`;
}

/** The list of sources under the chart, so each figure can be traced. */
export function densitySources(): HTMLElement {
  const list = htmlEl('ul', { class: 'an-sources' });
  for (const band of QUINLIVAN_BANDS) list.append(htmlEl('li', {}, `${band.label}: ${band.source}`));
  list.append(htmlEl('li', {}, 'Historical densities: shared/reference/figures.md §2a, derived from US troop numbers and World Bank population of the intervention year; Dobbins et al., RAND MR-1753 (2003), for the published comparisons.'));
  return list;
}
