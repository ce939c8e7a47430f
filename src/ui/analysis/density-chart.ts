// Density comparison: the open scenario's troops per 1,000 inhabitants at each of its own published
// force sizes (its referenceForces) and at the current level, beside the densities of past
// interventions and Quinlivan's bands, on a log scale (0.1 to 100, further when a level of this
// scenario lies beyond) because the cases span almost three orders of magnitude.
import { HISTORICAL_DENSITIES, QUINLIVAN_BANDS, troopsPerThousand } from './densities';
import type { ForceMarker } from './markers';
import { csvNumber, fillTable, fitTexts, rawCell, fmtDensity, fmtInt, htmlEl, logScale, svgDraw, type ChartFrame } from './svg';
import { formatNumber, t, tData } from '../i18n';

export const DENSITY_W = 900;
const ROW = 24;
// The right margin holds the value printed after the longest bar ("21.9-26.7", "3,160").
const M = { left: 230, right: 80, top: 44, bottom: 40 };
const MIN = 0.1;
const LOG_TICKS = [0.1, 0.2, 0.5, 1, 2, 5, 10, 20, 50, 100, 200, 500, 1000, 2000, 5000, 10000];

/** The end of the log axis: 100, or the power of ten above the largest row (a small country at many troops). */
export function densityMax(rows: readonly DensityRow[]): number {
  const top = Math.max(100, ...rows.map((r) => r.high).filter(Number.isFinite));
  return 10 ** Math.ceil(Math.log10(top) - 1e-9);
}

export interface DensityRow {
  label: string;
  low: number;
  high: number;
  kind: 'current' | 'marker' | 'history';
  /** The value as printed (historical figures keep their published precision). */
  text: string;
  note: string;
  source: string;
}

/**
 * The rows: the scenario's own force sizes (each named by its own label from the scenario file, with
 * the scenario's title as the note: never a name cut from the title nor another scenario's level),
 * the current level, then the past cases.
 */
export function densityRows(scenarioTitle: string, population: number, troops: number, markers: readonly ForceMarker[]): DensityRow[] {
  const here: DensityRow[] = markers.map((m) => {
    const d = troopsPerThousand(m.troops, population);
    return { label: tData(m.label), low: d, high: d, text: fmtDensity(d), kind: 'marker', note: t('{scenario}: {troops} troops', { scenario: scenarioTitle, troops: fmtInt(m.troops) }), source: tData(m.source) };
  });
  const current = troopsPerThousand(troops, population);
  here.push({ label: t('Current setting: {troops}', { troops: fmtInt(troops) }), low: current, high: current, text: fmtDensity(current), kind: 'current', note: t('your troop level'), source: t('population from the current inputs') });
  const history: DensityRow[] = HISTORICAL_DENSITIES.map((h) => ({
    label: tData(h.label),
    low: h.low,
    high: h.high,
    text: h.high > h.low ? `${formatNumber(h.low, 2)}-${formatNumber(h.high, 2)}` : formatNumber(h.low, 2),
    kind: 'history',
    note: [h.note, h.published]
      .filter((s): s is string => !!s)
      .map((s) => tData(s))
      .join('; '),
    source: tData(h.source),
  }));
  return [...here.sort((a, b) => a.low - b.low), ...history];
}

export function densityHeight(rows: number): number {
  return M.top + rows * ROW + M.bottom;
}

/** `scenarioTroops`: the scenario's own troop level, which the sentence places among the cases. */
export function renderDensity(frame: ChartFrame, rows: DensityRow[], population: number, troops: number, scenarioTroops: number): void {
  const height = densityHeight(rows.length);
  frame.svg.setAttribute('viewBox', `0 0 ${DENSITY_W} ${height}`);
  // Elements are kept across redraws; only what changed is set (see svgDraw).
  const svg = svgDraw(frame.svg);
  const MAX = densityMax(rows);
  const x = logScale(MIN, MAX, M.left, DENSITY_W - M.right);
  const bottom = height - M.bottom;
  for (const band of QUINLIVAN_BANDS) {
    const x0 = x(band.low);
    const x1 = x(Math.min(MAX, band.high));
    svg.el('rect', { x: x0, y: M.top - 6, width: x1 - x0, height: bottom - M.top + 6, class: `an-qband an-qband-${band.id}` });
    svg.el('text', { x: x0 + 4, y: M.top - 10, class: 'an-qband-label' }, band.id === 'policing' ? t('policing 1-4') : t('difficult ≥ 20'));
  }
  for (const tick of LOG_TICKS.filter((v) => v <= MAX)) {
    svg.el('line', { x1: x(tick), x2: x(tick), y1: M.top - 4, y2: bottom, class: 'an-grid' });
    svg.el('text', { x: x(tick), y: bottom + 18, 'text-anchor': 'middle', class: 'an-tick' }, tick < 1 ? formatNumber(tick, 1) : fmtInt(tick));
  }
  svg.el('text', { x: (M.left + DENSITY_W - M.right) / 2, y: height - 4, 'text-anchor': 'middle', class: 'an-label' }, t('Troops per 1,000 inhabitants (log scale)'));
  rows.forEach((row, i) => {
    const cy = M.top + i * ROW + ROW / 2;
    svg.el('text', { x: M.left - 8, y: cy + 5, 'text-anchor': 'end', class: `an-row-label an-row-${row.kind}` }, row.label);
    const x0 = x(MIN);
    const x1 = x(Math.min(MAX, row.high));
    svg.el('rect', { x: x0, y: cy - 7, width: Math.max(1, x(Math.min(MAX, row.low)) - x0), height: 14, class: `an-dbar an-dbar-${row.kind}` });
    if (row.high > row.low) svg.el('rect', { x: x(row.low), y: cy - 7, width: x1 - x(row.low), height: 14, class: `an-dbar an-dbar-${row.kind} an-dbar-range` });
    svg.el('text', { x: x1 + 5, y: cy + 5, class: 'an-bar-value' }, row.text);
  });
  svg.end();
  fitTexts(frame.svg, '.an-row-label', M.left - 12);

  fillTable(
    frame.table,
    t('Troops per 1,000 inhabitants'),
    [t('Case'), t('Per 1,000'), t('Note'), t('Source')],
    rows.map((r) => [r.label, rawCell(r.text, r.high > r.low ? `${csvNumber(r.low)}-${csvNumber(r.high)}` : r.low), r.note, r.source]),
  );

  frame.sentence.textContent =
    densitySentence(scenarioTroops, population) +
    (troops !== scenarioTroops ? ' ' + t('Your setting, {troops} troops, is {density} per 1,000.', { troops: fmtInt(troops), density: fmtDensity(troopsPerThousand(troops, population)) }) : '') +
    ' ' +
    t("With this population, 1 per 1,000 takes about {one} troops, Iraq's 6 about {six}, and Quinlivan's 20 for difficult cases about {twenty}. Scale: logarithmic.", {
      one: needed(1, population),
      six: needed(6, population),
      twenty: needed(20, population),
    });
}

function needed(perThousand: number, population: number): string {
  return fmtInt(Math.round((perThousand * population) / 1000 / 1000) * 1000);
}

/** Where a troop level's density sits among the past cases and Quinlivan's bands, in words. */
export function densitySentence(troops: number, population: number): string {
  const d = troopsPerThousand(troops, population);
  const below = HISTORICAL_DENSITIES.filter((h) => h.high < d);
  const above = HISTORICAL_DENSITIES.filter((h) => h.low > d);
  let text = t('About {troops} troops are {density} per 1,000 inhabitants here:', { troops: fmtInt(troops), density: fmtDensity(d) }) + ' ';
  if (below.length === 0) text += t('below every past case shown');
  else if (above.length === 0) text += t('above every past case shown');
  else if (below.length <= 3) text += t('above only {cases}', { cases: below.map((h) => `${tData(h.label)} (${formatNumber(h.low, 2)})`).join(', ') });
  else text += t('below {cases}', { cases: above.map((h) => tData(h.label)).join(', ') });
  if (d < 1) text += t("; below Quinlivan's policing band of 1-4 per 1,000.");
  else if (d <= 4) text += t("; inside Quinlivan's policing band of 1-4 per 1,000.");
  else if (d < 20) text += t("; above Quinlivan's policing band (1-4) but below the 20 per 1,000 of difficult cases.");
  else text += t('; at or above the 20 per 1,000 Quinlivan found in difficult cases.');
  return text;
}

/** The list of sources under the chart, so each figure can be traced. */
export function densitySources(): HTMLElement {
  const list = htmlEl('ul', { class: 'an-sources' });
  for (const band of QUINLIVAN_BANDS) list.append(htmlEl('li', {}, `${tData(band.label)}: ${tData(band.source)}`));
  list.append(htmlEl('li', {}, t('Historical densities: derived from US troop numbers and World Bank population of the intervention year; Dobbins et al., RAND MR-1753 (2003), for the published comparisons (docs/sources.md).')));
  return list;
}
