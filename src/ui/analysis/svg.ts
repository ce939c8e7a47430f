// Small helpers for the hand-written SVG charts and their text alternatives: element builders,
// linear and log scales, tick choice, number formats, and the figure frame every chart shares
// (the chart, a generated sentence, and a data table behind a disclosure).
import { formatInteger, formatNumber, formatPercent, localeTag, t } from '../i18n';
import { setCellValue } from '../svg-png';

const SVG_NS = 'http://www.w3.org/2000/svg';

export function svgEl<K extends keyof SVGElementTagNameMap>(tag: K, attrs: Record<string, string | number> = {}, text?: string): SVGElementTagNameMap[K] {
  const el = document.createElementNS(SVG_NS, tag);
  for (const [key, value] of Object.entries(attrs)) el.setAttribute(key, String(value));
  if (text !== undefined) el.textContent = text;
  return el;
}

export function htmlEl<K extends keyof HTMLElementTagNameMap>(tag: K, attrs: Record<string, string> = {}, text?: string): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  for (const [key, value] of Object.entries(attrs)) {
    if (key === 'class') el.className = value;
    else el.setAttribute(key, value);
  }
  if (text !== undefined) el.textContent = text;
  return el;
}

export type Scale = (value: number) => number;

export function linear(d0: number, d1: number, r0: number, r1: number): Scale {
  const k = d1 === d0 ? 0 : (r1 - r0) / (d1 - d0);
  return (v) => r0 + (v - d0) * k;
}

export function logScale(d0: number, d1: number, r0: number, r1: number): Scale {
  const l0 = Math.log10(d0);
  const k = (r1 - r0) / (Math.log10(d1) - l0);
  return (v) => r0 + (Math.log10(Math.max(v, d0)) - l0) * k;
}

/** Round tick values from 0 to the first tick at or above `max`, about `count` steps (1, 2, 5 × 10^k). */
export function niceTicks(max: number, count = 6): number[] {
  if (!(max > 0)) return [0];
  const raw = max / count;
  const mag = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 5, 10].map((m) => m * mag).find((s) => s >= raw) ?? 10 * mag;
  const ticks: number[] = [];
  for (let k = 0; k === 0 || ticks[ticks.length - 1] < max - 1e-9; k++) ticks.push(Number((k * step).toPrecision(12)));
  return ticks;
}

export function fmtInt(value: number): string {
  return formatInteger(value);
}

/** 0.423 → "42%" (en) or "42 %" (es); non-zero shares under 1% keep a decimal so they are not read as zero. */
export function fmtPct(share: number): string {
  return formatPercent(share);
}

/** A density per 1,000 with two decimals below 10, for the current locale. */
export function fmtDensity(value: number): string {
  if (value >= 10) return formatNumber(value, 1);
  return new Intl.NumberFormat(localeTag(), { minimumFractionDigits: 2, maximumFractionDigits: 2 }).format(value);
}

/** A number with exactly `digits` decimals, for the current locale (slider readouts). */
export function formatShow(value: number, digits: number): string {
  return new Intl.NumberFormat(localeTag(), { minimumFractionDigits: digits, maximumFractionDigits: digits }).format(value);
}

export function fmtTroopsShort(troops: number): string {
  if (troops >= 1000) return `${Math.round(troops / 1000)}k`;
  return String(Math.round(troops));
}

export interface ChartFrame {
  figure: HTMLElement;
  svg: SVGSVGElement;
  sentence: HTMLParagraphElement;
  table: HTMLTableElement;
}

/**
 * A <figure>: the SVG (role img, named by the caption, described by the sentence), the generated
 * sentence, and a <details> with the data table, reachable by keyboard and screen readers.
 */
export function chartFrame(id: string, caption: string, width: number, height: number): ChartFrame {
  const figure = htmlEl('figure', { class: 'an-figure', id });
  const captionEl = htmlEl('figcaption', { id: `${id}-caption`, class: 'an-caption' }, caption);
  const svg = svgEl('svg', { viewBox: `0 0 ${width} ${height}`, role: 'img', 'aria-labelledby': `${id}-caption`, 'aria-describedby': `${id}-sentence`, class: 'an-chart' });
  const sentence = htmlEl('p', { id: `${id}-sentence`, class: 'an-sentence' });
  const details = htmlEl('details', { class: 'an-data' });
  details.append(htmlEl('summary', {}, t('Data table')));
  const table = htmlEl('table', { class: 'an-table' });
  details.append(table);
  figure.append(captionEl, svg, sentence, details);
  return { figure, svg, sentence, table };
}

/** A table cell: plain text, or formatted text shown on screen with the raw value CSV exports. */
export type TableCell = string | { text: string; value: number | string | null };

/** A number as CSV text inside a range ("0.312-0.401"): dot decimal, at most 6 decimals, no grouping. */
export function csvNumber(value: number): string {
  return String(Number(value.toFixed(6)));
}

/** A cell showing `text` whose CSV value is `value` (null: not computed yet, an empty field). */
export function rawCell(text: string, value: number | string | null): TableCell {
  return { text, value };
}

/** Replace a table's content with a header row and body rows (text cells, or text plus raw value). */
export function fillTable(table: HTMLTableElement, caption: string, head: string[], rows: TableCell[][]): void {
  table.replaceChildren();
  table.append(htmlEl('caption', {}, caption));
  const thead = htmlEl('thead');
  const tr = htmlEl('tr');
  for (const h of head) tr.append(htmlEl('th', { scope: 'col' }, h));
  thead.append(tr);
  const tbody = htmlEl('tbody');
  for (const row of rows) {
    const r = htmlEl('tr');
    row.forEach((cell, i) => {
      const text = typeof cell === 'string' ? cell : cell.text;
      const el = i === 0 ? htmlEl('th', { scope: 'row' }, text) : htmlEl('td', {}, text);
      if (typeof cell !== 'string') setCellValue(el, cell.value);
      r.append(el);
    });
    tbody.append(r);
  }
  table.append(thead, tbody);
}
