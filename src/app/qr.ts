// A QR code of a share link as SVG markup, for the projector. The matrix comes from uqr (a port of
// Nayuki's reference encoder); the SVG is drawn here from that matrix alone, so the only text from
// outside that reaches the markup is the accessible title, and that is escaped.
import { encode } from 'uqr';

/** Longer text would need a QR version too dense to scan from the back of a classroom. */
export const MAX_QR_TEXT = 1200;

export type QrLevel = 'L' | 'M' | 'Q' | 'H';

export interface QrOptions {
  /** Error correction; M survives a smudged projector screen and keeps links short enough. */
  level?: QrLevel;
  /** Quiet zone in modules; the standard asks for 4. */
  border?: number;
  /** Accessible name (plain text; escaped). */
  title?: string;
  /** Rendered width and height in CSS pixels (the SVG scales; default 8 per module). */
  pixels?: number;
}

export interface QrMatrix {
  version: number;
  /** Modules per side, without the quiet zone (17 + 4 × version). */
  size: number;
  /** dark[y][x], without the quiet zone. */
  dark: boolean[][];
}

/** Why a QR code could not be made (worded by the UI: src/ui/kit/header.ts). */
export type QrProblem = { code: 'qr/empty' } | { code: 'qr/too-long'; length: number; max: number } | { code: 'qr/unencodable' };
export type QrResult = { ok: true; svg: string; matrix: QrMatrix } | { ok: false; problem: QrProblem };

/** The module matrix for `text` (UTF-8, byte mode); null when it is too long to encode. */
export function qrMatrix(text: string, level: QrLevel = 'M'): QrMatrix | null {
  if (typeof text !== 'string' || text.length === 0 || text.length > MAX_QR_TEXT) return null;
  try {
    const qr = encode(text, { ecc: level, border: 0 });
    return { version: qr.version, size: qr.size, dark: qr.data.map((row) => row.slice()) };
  } catch {
    return null;
  }
}

export function escapeXml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[c]!);
}

/**
 * SVG markup of a QR code for `text`: one white background rect and one path of dark modules (each
 * row's runs merged), with role="img" and a <title>. Messages are plain text.
 */
export function qrSvg(text: string, options: QrOptions = {}): QrResult {
  if (typeof text !== 'string' || text.length === 0) return { ok: false, problem: { code: 'qr/empty' } };
  if (text.length > MAX_QR_TEXT) {
    return { ok: false, problem: { code: 'qr/too-long', length: text.length, max: MAX_QR_TEXT } };
  }
  const matrix = qrMatrix(text, options.level ?? 'M');
  if (!matrix) return { ok: false, problem: { code: 'qr/unencodable' } };
  const border = Math.max(0, Math.min(10, Math.round(options.border ?? 4)));
  const side = matrix.size + 2 * border;
  const pixels = Math.max(side, Math.round(options.pixels ?? side * 8));
  let path = '';
  for (let y = 0; y < matrix.size; y++) {
    const row = matrix.dark[y];
    let x = 0;
    while (x < matrix.size) {
      if (!row[x]) {
        x++;
        continue;
      }
      const start = x;
      while (x < matrix.size && row[x]) x++;
      path += `M${start + border} ${y + border}h${x - start}v1h${start - x}z`;
    }
  }
  const title = escapeXml(options.title ?? 'QR code');
  const svg =
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${side} ${side}" width="${pixels}" height="${pixels}" ` +
    `role="img" shape-rendering="crispEdges"><title>${title}</title>` +
    `<rect width="${side}" height="${side}" fill="#ffffff"/><path d="${path}" fill="#000000"/></svg>`;
  return { ok: true, svg, matrix };
}
