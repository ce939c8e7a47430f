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
  return fixedFormat(2).format(value);
}

/** Formats with a fixed number of decimals, one per language and digits (a new Intl.NumberFormat costs
 * far more than a format: redraws call these hundreds of times). */
const fixedFormats = new Map<string, Intl.NumberFormat>();
function fixedFormat(digits: number): Intl.NumberFormat {
  const tag = localeTag();
  const key = `${tag}|${digits}`;
  let format = fixedFormats.get(key);
  if (!format) {
    format = new Intl.NumberFormat(tag, { minimumFractionDigits: digits, maximumFractionDigits: digits });
    fixedFormats.set(key, format);
  }
  return format;
}

/** A number with exactly `digits` decimals, for the current locale (slider readouts). */
export function formatShow(value: number, digits: number): string {
  return fixedFormat(digits).format(value);
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
  /** Word the caption and the table's disclosure again in the current language (same elements). */
  relocalize(): void;
}

/**
 * A <figure>: the SVG (role img, named by the caption, described by the sentence), the generated
 * sentence, and a <details> with the data table, reachable by keyboard and screen readers.
 * `caption` is a function of the language, so relocalize() can word it again.
 */
export function chartFrame(id: string, caption: () => string, width: number, height: number): ChartFrame {
  const figure = htmlEl('figure', { class: 'an-figure', id });
  const captionEl = htmlEl('figcaption', { id: `${id}-caption`, class: 'an-caption' });
  const svg = svgEl('svg', { viewBox: `0 0 ${width} ${height}`, role: 'img', 'aria-labelledby': `${id}-caption`, 'aria-describedby': `${id}-sentence`, class: 'an-chart' });
  const sentence = htmlEl('p', { id: `${id}-sentence`, class: 'an-sentence' });
  const details = htmlEl('details', { class: 'an-data' });
  const summary = htmlEl('summary');
  details.append(summary);
  const table = htmlEl('table', { class: 'an-table' });
  details.append(table);
  figure.append(captionEl, svg, sentence, details);
  const relocalize = () => {
    captionEl.textContent = caption();
    summary.textContent = t('Data table');
  };
  relocalize();
  return { figure, svg, sentence, table, relocalize };
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

/** `el`'s text set to `text`, touching the DOM only when it differs. */
export function setText(el: Element, text: string): void {
  if (el.textContent !== text) el.textContent = text;
}

/** The `index`-th child of `parent` when it is a `tag`, else a new `tag` put in its place (or appended). */
function childAt<K extends keyof HTMLElementTagNameMap>(parent: Element, index: number, tag: K): HTMLElementTagNameMap[K] {
  const existing = parent.children[index];
  if (existing && existing.localName === tag) return existing as HTMLElementTagNameMap[K];
  const el = document.createElement(tag);
  if (existing) existing.replaceWith(el);
  else parent.append(el);
  return el;
}

function dropFrom(parent: Element, count: number): void {
  while (parent.children.length > count) parent.lastElementChild!.remove();
}

/**
 * Show a header row and body rows (text cells, or text plus raw value) in `table`. The table's
 * elements are kept and only what differs is changed, so a redraw with the same shape (a refining
 * curve, a language switch) costs text comparisons, not a new table.
 */
export function fillTable(table: HTMLTableElement, caption: string, head: string[], rows: TableCell[][]): void {
  setText(childAt(table, 0, 'caption'), caption);
  const thead = childAt(table, 1, 'thead');
  const headRow = childAt(thead, 0, 'tr');
  dropFrom(thead, 1);
  head.forEach((h, i) => {
    const th = childAt(headRow, i, 'th');
    if (th.getAttribute('scope') !== 'col') th.setAttribute('scope', 'col');
    setText(th, h);
  });
  dropFrom(headRow, head.length);
  const tbody = childAt(table, 2, 'tbody');
  dropFrom(table, 3);
  rows.forEach((row, r) => {
    const tr = childAt(tbody, r, 'tr');
    row.forEach((cell, i) => {
      const el = i === 0 ? childAt(tr, i, 'th') : childAt(tr, i, 'td');
      if (i === 0 && el.getAttribute('scope') !== 'row') el.setAttribute('scope', 'row');
      setText(el, typeof cell === 'string' ? cell : cell.text);
      if (typeof cell !== 'string') {
        // Written only when it differs (the same mapping as setCellValue's): an unchanged cell costs nothing.
        const v = cell.value;
        const raw = v === null || (typeof v === 'number' && !Number.isFinite(v)) ? '' : String(v);
        if (el.dataset.value !== raw || el.dataset.kind !== (typeof v === 'string' ? 's' : 'n')) setCellValue(el, v);
      } else if (el.dataset.value !== undefined) {
        delete el.dataset.value;
        delete el.dataset.kind;
      }
    });
    dropFrom(tr, row.length);
  });
  dropFrom(tbody, rows.length);
}

type SvgAttrs = Record<string, string | number>;

/**
 * Draws an SVG's children again while keeping its elements: each el() call takes the next child
 * when it has the same tag (only the attributes and text that differ are set; others removed) and
 * creates one otherwise; end() removes the children not drawn this time. A redraw of the same
 * picture with new numbers is then attribute updates, not a new tree.
 */
export interface SvgDraw {
  el<K extends keyof SVGElementTagNameMap>(tag: K, attrs: SvgAttrs, text?: string): SVGElementTagNameMap[K];
  /** A <g> whose children are drawn the same way (call its end() too). */
  group(attrs: SvgAttrs): SvgDraw;
  end(): void;
}

function updateAttrs(el: Element, attrs: SvgAttrs): void {
  for (const name of el.getAttributeNames()) if (!(name in attrs)) el.removeAttribute(name);
  for (const [key, value] of Object.entries(attrs)) {
    const text = String(value);
    if (el.getAttribute(key) !== text) el.setAttribute(key, text);
  }
}

/**
 * Each text of `svg` matching `selector` that is wider than `max` (user units, measured in the page)
 * is drawn narrower to fit (textLength), so a long label never leaves its chart, in any language or
 * theme. A text not laid out yet (width 0) is left as it is; the next redraw fits it.
 */
export function fitTexts(svg: SVGSVGElement, selector: string, max: number): void {
  for (const text of svg.querySelectorAll<SVGTextElement>(selector)) {
    const width = typeof text.getComputedTextLength === 'function' ? text.getComputedTextLength() : 0;
    if (width > max) {
      text.setAttribute('textLength', String(max));
      text.setAttribute('lengthAdjust', 'spacingAndGlyphs');
    }
  }
}

export function svgDraw(parent: Element): SvgDraw {
  let index = 0;
  const next = <K extends keyof SVGElementTagNameMap>(tag: K, attrs: SvgAttrs, text?: string): SVGElementTagNameMap[K] => {
    const existing = parent.children[index];
    index += 1;
    if (existing && existing.localName === tag) {
      updateAttrs(existing, attrs);
      if (text !== undefined) setText(existing, text);
      else if (existing.localName !== 'g' && existing.firstChild) existing.textContent = '';
      return existing as SVGElementTagNameMap[K];
    }
    const el = svgEl(tag, attrs, text);
    if (existing) existing.replaceWith(el);
    else parent.append(el);
    return el;
  };
  return {
    el: next,
    group: (attrs) => svgDraw(next('g', attrs)),
    end: () => dropFrom(parent, index),
  };
}
