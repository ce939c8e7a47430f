// Export buttons under each analysis chart: "Export CSV" writes the chart's own data table (the
// numbers the page shows, as shown) and "Save chart as PNG" rasterizes the SVG. The SVG is cloned
// with its computed styles copied in as presentation attributes (no external fonts or stylesheets,
// no inline style attributes that the page's CSP would refuse), drawn on a canvas at 2x, and saved.
import { toCsv } from '../../app/export';
import { t } from '../i18n';
import { htmlEl, type ChartFrame } from './svg';

const STYLE_PROPS = [
  'fill', 'fill-opacity', 'stroke', 'stroke-width', 'stroke-opacity', 'stroke-dasharray', 'opacity',
  'font-size', 'font-family', 'font-weight', 'text-anchor', 'dominant-baseline', 'visibility',
] as const;

function download(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const a = htmlEl('a', { href: url, download: fileName });
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** The table's header and body rows as text cells (caption left out). */
export function tableRows(table: HTMLTableElement): string[][] {
  return [...table.querySelectorAll('tr')].map((tr) => [...tr.querySelectorAll('th, td')].map((c) => (c.textContent ?? '').trim()));
}

/** A standalone SVG document: computed styles copied onto a clone, white background, explicit size. */
export function standaloneSvg(svg: SVGSVGElement, scale = 2): { markup: string; width: number; height: number } {
  const box = svg.viewBox.baseVal;
  const width = Math.round((box?.width || svg.clientWidth || 800) * scale);
  const height = Math.round((box?.height || svg.clientHeight || 400) * scale);
  const clone = svg.cloneNode(true) as SVGSVGElement;
  const originals = [svg, ...svg.querySelectorAll('*')];
  const copies = [clone, ...clone.querySelectorAll('*')];
  originals.forEach((el, i) => {
    const copy = copies[i];
    if (!copy) return;
    const cs = getComputedStyle(el);
    for (const prop of STYLE_PROPS) {
      const value = cs.getPropertyValue(prop);
      if (value) copy.setAttribute(prop, value);
    }
    copy.removeAttribute('class');
  });
  clone.setAttribute('xmlns', 'http://www.w3.org/2000/svg');
  clone.setAttribute('width', String(width));
  clone.setAttribute('height', String(height));
  const bg = document.createElementNS('http://www.w3.org/2000/svg', 'rect');
  for (const [k, v] of Object.entries({ x: box?.x ?? 0, y: box?.y ?? 0, width: '100%', height: '100%', fill: '#ffffff' })) bg.setAttribute(k, String(v));
  clone.insertBefore(bg, clone.firstChild);
  return { markup: new XMLSerializer().serializeToString(clone), width, height };
}

/** Rasterize the chart to a PNG blob (the Image loads a blob: URL, allowed by img-src). */
export function chartPng(svg: SVGSVGElement, scale = 2): Promise<Blob> {
  const { markup, width, height } = standaloneSvg(svg, scale);
  const url = URL.createObjectURL(new Blob([markup], { type: 'image/svg+xml' }));
  return new Promise<Blob>((resolve, reject) => {
    const img = new Image();
    img.onload = () => {
      const canvas = htmlEl('canvas');
      canvas.width = width;
      canvas.height = height;
      const ctx = canvas.getContext('2d');
      if (!ctx) return reject(new Error('no 2d canvas'));
      ctx.drawImage(img, 0, 0, width, height);
      URL.revokeObjectURL(url);
      canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('PNG encoding failed'))), 'image/png');
    };
    img.onerror = () => {
      URL.revokeObjectURL(url);
      reject(new Error('the chart could not be drawn as an image'));
    };
    img.src = url;
  });
}

/** Adds the two export buttons to a chart's figure; `name` becomes the file name. */
export function addChartTools(frame: ChartFrame, name: string, status: (message: string) => void): HTMLElement {
  const tools = htmlEl('div', { class: 'an-tools' });
  const csv = htmlEl('button', { type: 'button', class: 'an-export-csv' }, t('Export CSV'));
  csv.addEventListener('click', () => {
    const rows = tableRows(frame.table);
    if (rows.length < 2) return status(t('No data yet: wait for the chart to finish computing.'));
    download(new Blob([toCsv(rows)], { type: 'text/csv;charset=utf-8' }), `threshold-${name}.csv`);
  });
  const png = htmlEl('button', { type: 'button', class: 'an-export-png' }, t('Save chart as PNG'));
  png.addEventListener('click', () => {
    chartPng(frame.svg).then(
      (blob) => download(blob, `threshold-${name}.png`),
      (error: Error) => status(t('The chart could not be saved: {reason}', { reason: error.message })),
    );
  });
  tools.append(csv, png);
  frame.figure.append(tools);
  return tools;
}
