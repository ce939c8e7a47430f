// QR codes: the structure every QR symbol must have (size by version, finder and timing patterns,
// the always-dark module, both copies of the BCH-coded format information naming the level asked
// for), the SVG drawing the matrix exactly, determinism, and markup limited to four SVG elements.
import { describe, expect, it } from 'vitest';
import { MAX_QR_TEXT, qrMatrix, qrSvg, type QrLevel, type QrMatrix } from '../../src/app/qr';
import { shareUrl } from '../../src/app/share-link';

const LINK = 'https://school.example/threshold/#/setup?v=1&scenario=venezuela-2025-buildup&seed=42&set.intervener.troops=50000';

/** The 15 format bits of one copy, read as ISO/IEC 18004 places them (dark[y][x]). */
function formatCopies(m: QrMatrix): [number, number] {
  const d = m.dark;
  const n = m.size;
  const bit = (v: boolean, i: number) => (v ? 1 << i : 0);
  let a = 0;
  for (let i = 0; i <= 5; i++) a |= bit(d[i][8], i);
  a |= bit(d[7][8], 6) | bit(d[8][8], 7) | bit(d[8][7], 8);
  for (let i = 9; i < 15; i++) a |= bit(d[8][14 - i], i);
  let b = 0;
  for (let i = 0; i < 8; i++) b |= bit(d[8][n - 1 - i], i);
  for (let i = 8; i < 15; i++) b |= bit(d[n - 15 + i][8], i);
  return [a, b];
}

/** BCH(15,5) encoding of 5 data bits with the standard mask, as the standard defines it. */
function formatBits(data: number): number {
  let rem = data;
  for (let i = 0; i < 10; i++) rem = (rem << 1) ^ ((rem >>> 9) * 0x537);
  return ((data << 10) | rem) ^ 0x5412;
}

const LEVEL_BITS: Record<QrLevel, number> = { L: 1, M: 0, Q: 3, H: 2 };

/** Checks the finder pattern and its separator at (left, top); returns how many modules it checked. */
function expectFinder(m: QrMatrix, left: number, top: number): number {
  let modules = 0;
  for (let dy = -1; dy <= 7; dy++) {
    for (let dx = -1; dx <= 7; dx++) {
      const x = left + dx;
      const y = top + dy;
      if (x < 0 || y < 0 || x >= m.size || y >= m.size) continue;
      const ring = Math.max(Math.abs(dx - 3), Math.abs(dy - 3));
      // Rings from the centre: 3×3 dark core (0, 1), light ring (2), dark ring (3), light separator (4).
      expect(m.dark[y][x], `finder at ${left},${top}: module ${x},${y}`).toBe(ring !== 2 && ring !== 4);
      modules++;
    }
  }
  return modules;
}

describe('QR structure', () => {
  for (const level of ['L', 'M', 'Q', 'H'] as QrLevel[]) {
    it(`level ${level}: size, finders, timing, dark module and format information`, () => {
      const m = qrMatrix(LINK, level)!;
      expect(m.size).toBe(17 + 4 * m.version);
      expect(m.dark).toHaveLength(m.size);
      for (const row of m.dark) expect(row).toHaveLength(m.size);
      // Each corner finder lies against two edges: its 9×9 box keeps 8×8 modules inside the symbol.
      expect([expectFinder(m, 0, 0), expectFinder(m, m.size - 7, 0), expectFinder(m, 0, m.size - 7)]).toEqual([64, 64, 64]);
      for (let i = 8; i < m.size - 8; i++) {
        expect(m.dark[6][i]).toBe(i % 2 === 0);
        expect(m.dark[i][6]).toBe(i % 2 === 0);
      }
      expect(m.dark[m.size - 8][8]).toBe(true);
      const [a, b] = formatCopies(m);
      expect(a).toBe(b);
      const data = (a ^ 0x5412) >>> 10;
      expect(formatBits(data)).toBe(a);
      expect(data >>> 3).toBe(LEVEL_BITS[level]);
    });
  }

  it('more error correction needs a larger symbol for the same text', () => {
    const versions = (['L', 'M', 'Q', 'H'] as QrLevel[]).map((level) => qrMatrix(LINK, level)!.version);
    for (let i = 1; i < versions.length; i++) expect(versions[i]).toBeGreaterThanOrEqual(versions[i - 1]);
    expect(versions[3]).toBeGreaterThan(versions[0]);
  });

  it('a full classroom share link stays small enough to scan from the back of a room', () => {
    const url = shareUrl(
      'https://teacher.school.example/courses/history/threshold/index.html',
      {
        scenarioId: 'venezuela-2025-buildup',
        seed: 'lesson-3',
        objective: 'capital',
        overrides: { 'intervener.troops': 50000, 'defender.cohesion': 0.6, 'population.hostility': 0.35, 'host.retained': 0.5 },
      },
      { locale: 'es', teacher: { lockedInputs: ['population.total'], hiddenInputs: ['defender.mastery'], hideOutcomes: true, predictFirst: true } },
    );
    const m = qrMatrix(url, 'M')!;
    // Measured: 325 characters, version 13 (69 modules; 600 px at the default 8 px a module).
    expect(url.length).toBeLessThan(400);
    expect(m.version).toBeLessThanOrEqual(15);
    const short = shareUrl('https://x.example/threshold/', { scenarioId: 'venezuela-2025-buildup', seed: '42', overrides: { 'intervener.troops': 50000 } });
    expect(qrMatrix(short, 'M')!.version).toBeLessThanOrEqual(7);
  });
});

describe('QR SVG', () => {
  it('draws exactly the matrix, inside the quiet zone', () => {
    const result = qrSvg(LINK, { border: 4 });
    if (!result.ok) throw new Error(result.problem.code);
    const { matrix, svg } = result;
    const side = matrix.size + 8;
    expect(svg).toContain(`viewBox="0 0 ${side} ${side}"`);
    const d = /<path d="([^"]*)"/.exec(svg)![1];
    const drawn = Array.from({ length: side }, () => new Array<boolean>(side).fill(false));
    for (const m of d.matchAll(/M(\d+) (\d+)h(\d+)v1h-(\d+)z/g)) {
      const [x, y, w, back] = m.slice(1).map(Number);
      expect(back).toBe(w);
      for (let i = 0; i < w; i++) {
        expect(drawn[y][x + i]).toBe(false);
        drawn[y][x + i] = true;
      }
    }
    expect(d.replace(/M\d+ \d+h\d+v1h-\d+z/g, '')).toBe('');
    for (let y = 0; y < side; y++) {
      for (let x = 0; x < side; x++) {
        const inside = x >= 4 && y >= 4 && x < side - 4 && y < side - 4;
        expect(drawn[y][x]).toBe(inside ? matrix.dark[y - 4][x - 4] : false);
      }
    }
  });

  it('is deterministic and changes with the text', () => {
    const a = qrSvg(LINK);
    const b = qrSvg(LINK);
    const c = qrSvg(`${LINK}0`);
    expect(a.ok && b.ok && c.ok).toBe(true);
    if (a.ok && b.ok && c.ok) {
      expect(a.svg).toBe(b.svg);
      expect(a.svg).not.toBe(c.svg);
    }
  });

  it('contains only svg, title, rect and path elements with known attributes; the title is escaped', () => {
    const hostile = '"><script>alert(1)</script><foreignObject onload="x">&';
    const result = qrSvg(`https://x.example/#${encodeURIComponent(hostile)}`, { title: hostile });
    if (!result.ok) throw new Error(result.problem.code);
    const tags = [...result.svg.matchAll(/<\/?([a-zA-Z][\w:-]*)([^>]*)>/g)];
    expect(new Set(tags.map((m) => m[1]))).toEqual(new Set(['svg', 'title', 'rect', 'path']));
    const allowed = new Set(['xmlns', 'viewBox', 'width', 'height', 'role', 'shape-rendering', 'd', 'fill']);
    for (const m of tags) for (const attr of m[2].matchAll(/([\w:-]+)=/g)) expect(allowed.has(attr[1]), attr[1]).toBe(true);
    const outsideTitle = result.svg.replace(/<title>[^<]*<\/title>/, '');
    expect(outsideTitle).not.toMatch(/script|onload|foreignObject/i);
    expect(result.svg.match(/</g)!.length).toBe(6); // <svg> <title> </title> <rect/> <path/> </svg>
    expect(result.svg).toContain('<title>&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;&lt;foreignObject onload=&quot;x&quot;&gt;&amp;</title>');
  });

  it('refuses empty and over-long text with a problem code (worded by the UI) instead of throwing', () => {
    expect(qrSvg('')).toEqual({ ok: false, problem: { code: 'qr/empty' } });
    expect(qrSvg('x'.repeat(MAX_QR_TEXT + 1))).toEqual({ ok: false, problem: { code: 'qr/too-long', length: MAX_QR_TEXT + 1, max: MAX_QR_TEXT } });
    expect(qrMatrix('x'.repeat(MAX_QR_TEXT + 1))).toBeNull();
    expect(qrSvg('x'.repeat(MAX_QR_TEXT)).ok).toBe(true);
  });

  it('encodes non-ASCII text (Spanish titles in a link) as UTF-8 bytes', () => {
    const ascii = qrMatrix('a'.repeat(100), 'L')!;
    const accented = qrMatrix('á'.repeat(100), 'L')!;
    // 'á' is two UTF-8 bytes: the same character count needs a larger symbol.
    expect(accented.version).toBeGreaterThan(ascii.version);
  });
});
