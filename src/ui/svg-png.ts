// Chart pictures and data as downloads, shared by the analysis charts and the debrief: an SVG is
// cloned with its computed styles copied in as presentation attributes (no external fonts or
// stylesheets, and no style="" attributes, which the page's CSP refuses), drawn on a canvas at 2x
// through a blob: URL (allowed by img-src), and saved as PNG. Table cells may carry a raw value
// (data-value) so CSV gets plain numbers while the screen shows formatted text.

const STYLE_PROPS = ['fill', 'fill-opacity', 'stroke', 'stroke-width', 'stroke-opacity', 'stroke-dasharray', 'opacity', 'font-size', 'font-family', 'font-weight', 'text-anchor', 'dominant-baseline', 'visibility'] as const;

/** Save a blob under `fileName` through a temporary link (revoked once the download has started). */
export function downloadBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export type CsvCell = string | number | null;

/**
 * The table's header and body rows for CSV (caption left out): a cell with data-value gives that
 * value (a number when data-kind is "n", empty when blank), any other cell its text.
 */
export function tableRows(table: HTMLTableElement): CsvCell[][] {
  return [...table.querySelectorAll('tr')].map((tr) =>
    [...tr.querySelectorAll<HTMLElement>('th, td')].map((c) => {
      const raw = c.dataset.value;
      if (raw === undefined) return (c.textContent ?? '').trim();
      if (c.dataset.kind !== 'n') return raw;
      return raw === '' ? null : Number(raw);
    }),
  );
}

/** Give a table cell a raw value for CSV (a number, a text, or null for "not computed yet"). */
export function setCellValue(cell: HTMLElement, value: number | string | null): void {
  cell.dataset.kind = typeof value === 'string' ? 's' : 'n';
  cell.dataset.value = value === null || (typeof value === 'number' && !Number.isFinite(value)) ? '' : String(value);
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

/** Rasterize the chart to a PNG blob at `scale` times its viewBox size. */
export function chartPng(svg: SVGSVGElement, scale = 2): Promise<Blob> {
  const { markup, width, height } = standaloneSvg(svg, scale);
  const url = URL.createObjectURL(new Blob([markup], { type: 'image/svg+xml' }));
  return new Promise<Blob>((resolve, reject) => {
    const img = new Image();
    img.onload = () => {
      const canvas = document.createElement('canvas');
      canvas.width = width;
      canvas.height = height;
      const ctx = canvas.getContext('2d');
      URL.revokeObjectURL(url);
      if (!ctx) return reject(new Error('no 2d canvas'));
      ctx.drawImage(img, 0, 0, width, height);
      canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('PNG encoding failed'))), 'image/png');
    };
    img.onerror = () => {
      URL.revokeObjectURL(url);
      reject(new Error('the chart could not be drawn as an image'));
    };
    img.src = url;
  });
}
