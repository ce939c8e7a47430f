// Writes the app's PNG icons into assets/ (the web app manifest's icons; docs/hosting.md): the
// favicon's mark (two bars rising past a baseline, amber on navy; abstract, no map or imagery) drawn
// at 192 and 512 px, and a maskable 512 px version whose mark sits inside the central safe circle
// (80% of the width) on a full-bleed background. A tiny PNG encoder (node:zlib) and 4x4 supersampling;
// no dependencies. Run: node scripts/make-icons.mjs
import { writeFileSync } from 'node:fs';
import { deflateSync } from 'node:zlib';

const NAVY = [0x14, 0x21, 0x3d];
const AMBER = [0xff, 0xb0, 0x00];
// The favicon's strokes (viewBox 32, stroke width 3, miter joins) as rectangles [x0, y0, x1, y1].
const MARK = [
  [6, 22.5, 26, 25.5],
  [8.5, 12.5, 11.5, 24],
  [8.5, 12.5, 15.5, 15.5],
  [12.5, 12.5, 15.5, 24],
  [16.5, 6.5, 19.5, 24],
  [16.5, 6.5, 23.5, 9.5],
  [20.5, 6.5, 23.5, 24],
];

function crc32(bytes) {
  let c = ~0;
  for (const b of bytes) {
    c ^= b;
    for (let k = 0; k < 8; k++) c = (c >>> 1) ^ (0xedb88320 & -(c & 1));
  }
  return ~c >>> 0;
}

function chunk(type, data) {
  const out = Buffer.alloc(12 + data.length);
  out.writeUInt32BE(data.length, 0);
  out.write(type, 4, 'ascii');
  data.copy(out, 8);
  out.writeUInt32BE(crc32(out.subarray(4, 8 + data.length)), 8 + data.length);
  return out;
}

function png(size, rgba) {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header[8] = 8; // bit depth
  header[9] = 6; // RGBA
  const raw = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) rgba.copy(raw, y * (size * 4 + 1) + 1, y * size * 4, (y + 1) * size * 4);
  return Buffer.concat([Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]), chunk('IHDR', header), chunk('IDAT', deflateSync(raw, { level: 9 })), chunk('IEND', Buffer.alloc(0))]);
}

/** `maskable`: full-bleed square, mark scaled to 60% about the centre; else a rounded square (rx 6). */
function draw(size, maskable) {
  const rgba = Buffer.alloc(size * size * 4);
  const S = 4;
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      let r = 0,
        g = 0,
        b = 0,
        a = 0;
      for (let sy = 0; sy < S; sy++) {
        for (let sx = 0; sx < S; sx++) {
          let x = ((px + (sx + 0.5) / S) / size) * 32;
          let y = ((py + (sy + 0.5) / S) / size) * 32;
          let inside = true;
          if (maskable) {
            x = 16 + (x - 16) / 0.6;
            y = 16 + (y - 16) / 0.6;
          } else {
            const cx = Math.min(Math.max(x, 6), 26);
            const cy = Math.min(Math.max(y, 6), 26);
            inside = (x - cx) ** 2 + (y - cy) ** 2 <= 36;
          }
          if (!inside) continue;
          const c = MARK.some(([x0, y0, x1, y1]) => x >= x0 && x <= x1 && y >= y0 && y <= y1) ? AMBER : NAVY;
          r += c[0];
          g += c[1];
          b += c[2];
          a += 1;
        }
      }
      const i = (py * size + px) * 4;
      if (a > 0) {
        rgba[i] = Math.round(r / a);
        rgba[i + 1] = Math.round(g / a);
        rgba[i + 2] = Math.round(b / a);
      }
      rgba[i + 3] = Math.round((255 * a) / (S * S));
    }
  }
  return png(size, rgba);
}

writeFileSync('assets/icon-192.png', draw(192, false));
writeFileSync('assets/icon-512.png', draw(512, false));
writeFileSync('assets/icon-maskable-512.png', draw(512, true));
console.log('wrote assets/icon-192.png, assets/icon-512.png, assets/icon-maskable-512.png');
