// The schematic board layout (pure geometry, run in node): circles never overlap, stay on the board
// with room for their labels, and a larger population share never gets a smaller circle.
import { describe, expect, it } from 'vitest';
import { BOARD_HEIGHT, BOARD_WIDTH, layoutBoard } from '../../src/view/layout';

function shares(n: number, seed: number): number[] {
  let x = seed;
  const raw = Array.from({ length: n }, () => {
    x = (x * 1103515245 + 12345) % 2147483648;
    return 0.02 + x / 2147483648;
  });
  const total = raw.reduce((a, b) => a + b, 0);
  return raw.map((v) => v / total);
}

describe('board layout', () => {
  for (let n = 1; n <= 8; n += 1) {
    it(`${n} region${n > 1 ? 's' : ''}: no overlaps, inside the board, radius grows with population`, () => {
      for (let seed = 1; seed <= 25; seed += 1) {
        const s = shares(n, seed * 7919 + n);
        const ids = s.map((_, i) => `r${i}`);
        const capital = seed % n;
        const spots = layoutBoard(ids, s, capital);
        expect(spots.map((p) => p.id)).toEqual(ids);
        for (const p of spots) {
          expect(p.radius).toBeGreaterThanOrEqual(40);
          expect(p.x - p.radius).toBeGreaterThanOrEqual(0);
          expect(p.x + p.radius).toBeLessThanOrEqual(BOARD_WIDTH);
          expect(p.y - p.radius).toBeGreaterThanOrEqual(30); // below the phase title
          expect(p.y + p.radius + 40).toBeLessThanOrEqual(BOARD_HEIGHT); // name and troops under it
        }
        for (let i = 0; i < n; i += 1) {
          for (let j = i + 1; j < n; j += 1) {
            const d = Math.hypot(spots[i].x - spots[j].x, spots[i].y - spots[j].y);
            expect(d, `regions ${i} and ${j} (seed ${seed})`).toBeGreaterThan(spots[i].radius + spots[j].radius);
            // Neither circle covers the middle of the other's name line.
            expect(Math.hypot(spots[j].x - spots[i].x, spots[j].y - (spots[i].y + spots[i].radius + 12))).toBeGreaterThan(spots[j].radius);
            expect(Math.hypot(spots[i].x - spots[j].x, spots[i].y - (spots[j].y + spots[j].radius + 12))).toBeGreaterThan(spots[i].radius);
          }
        }
        const ring = spots.filter((_, i) => i !== capital);
        const ringShares = s.filter((_, i) => i !== capital);
        for (let i = 0; i < ring.length; i += 1) {
          for (let j = 0; j < ring.length; j += 1) {
            if (ringShares[i] > ringShares[j]) expect(ring[i].radius).toBeGreaterThanOrEqual(ring[j].radius - 1e-9);
          }
        }
      }
    });
  }
});
