// The schematic board layout (pure geometry, run in node): circles never overlap, stay on the board
// with room for their labels, and a larger population share never gets a smaller circle. Where a
// scenario gives rough relative positions (`at`), the board keeps their order west→east and
// north→south; neighbour lines join regions of the board only.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseScenario } from '../../src/engine/scenario';
import type { Scenario } from '../../src/model/types';
import { BOARD_HEIGHT, BOARD_WIDTH, keepsOrder, layoutBoard, neighbourLinks, type RegionSchematic, type RegionSpot } from '../../src/view/layout';

function random(seed: number): () => number {
  let x = seed;
  return () => {
    x = (x * 1103515245 + 12345) % 2147483648;
    return x / 2147483648;
  };
}

function shares(n: number, seed: number): number[] {
  const next = random(seed);
  const raw = Array.from({ length: n }, () => 0.02 + next());
  const total = raw.reduce((a, b) => a + b, 0);
  return raw.map((v) => v / total);
}

/** On the board, below the title, room for labels, no two circles touching, no circle over a name line. */
function expectClean(spots: readonly RegionSpot[], what: string) {
  for (const p of spots) {
    expect(p.radius).toBeGreaterThanOrEqual(40);
    expect(p.x - p.radius).toBeGreaterThanOrEqual(0);
    expect(p.x + p.radius).toBeLessThanOrEqual(BOARD_WIDTH);
    expect(p.y - p.radius).toBeGreaterThanOrEqual(30 - 1e-9); // below the phase title
    expect(p.y + p.radius + 40).toBeLessThanOrEqual(BOARD_HEIGHT + 1e-9); // name and troops under it
  }
  for (let i = 0; i < spots.length; i += 1) {
    for (let j = i + 1; j < spots.length; j += 1) {
      const d = Math.hypot(spots[i].x - spots[j].x, spots[i].y - spots[j].y);
      expect(d, `regions ${i} and ${j} (${what})`).toBeGreaterThan(spots[i].radius + spots[j].radius);
      // Neither circle covers the middle of the other's name line.
      expect(Math.hypot(spots[j].x - spots[i].x, spots[j].y - (spots[i].y + spots[i].radius + 12))).toBeGreaterThan(spots[j].radius);
      expect(Math.hypot(spots[i].x - spots[j].x, spots[i].y - (spots[j].y + spots[j].radius + 12))).toBeGreaterThan(spots[i].radius);
    }
  }
}

function scenario(id: string): Scenario {
  const result = parseScenario(JSON.parse(readFileSync(join(__dirname, '../../scenarios', `${id}.json`), 'utf8')));
  if (!result.ok) throw new Error(id);
  return result.scenario;
}

const VENEZUELA = ['venezuela-2025-buildup', 'venezuela-limited', 'venezuela-minimum', 'venezuela-panama-scale', 'venezuela-planners'];

describe('board layout: the ring (no positions)', () => {
  for (let n = 1; n <= 8; n += 1) {
    it(`${n} region${n > 1 ? 's' : ''}: no overlaps, inside the board, radius grows with population`, () => {
      for (let seed = 1; seed <= 25; seed += 1) {
        const s = shares(n, seed * 7919 + n);
        const ids = s.map((_, i) => `r${i}`);
        const capital = seed % n;
        const spots = layoutBoard(ids, s, capital);
        expect(spots.map((p) => p.id)).toEqual(ids);
        expectClean(spots, `seed ${seed}`);
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

  it('a board where only some regions have a position uses the ring', () => {
    const s = shares(4, 11);
    const ids = ['a', 'b', 'c', 'd'];
    const partial: RegionSchematic[] = [{ at: [0, 0] }, { at: [1, 1] }, {}, { at: [0.5, 0.5] }];
    expect(layoutBoard(ids, s, 0, partial)).toEqual(layoutBoard(ids, s, 0));
  });
});

describe('board layout: rough relative positions', () => {
  for (const id of VENEZUELA) {
    it(`${id}: the seven regions keep their west→east and north→south order, without overlaps`, () => {
      const sc = scenario(id);
      const ids = sc.regions.map((r) => r.id);
      const spots = layoutBoard(
        ids,
        sc.regions.map((r) => r.share.value),
        sc.regions.findIndex((r) => r.capital),
        sc.regions,
      );
      const at = Object.fromEntries(spots.map((p) => [p.id, p]));
      expectClean(spots, id);
      // West & Zulia is drawn west of the central cities, the capital region and the northeast (it was drawn east before).
      expect(at.west.x).toBeLessThan(at.central.x);
      expect(at.central.x).toBeLessThan(at.capital.x);
      expect(at.capital.x).toBeLessThan(at.northeast.x);
      // The Andes south-west of West & Zulia; the Plains south of the north-central belt; Guayana south-east.
      expect(at.andes.x).toBeLessThan(at.west.x);
      expect(at.andes.y).toBeGreaterThan(at.west.y);
      expect(at.plains.y).toBeGreaterThan(at.central.y);
      expect(at.plains.y).toBeGreaterThan(at.capital.y);
      expect(at.plains.x).toBeLessThan(at.guayana.x);
      expect(at.guayana.y).toBeGreaterThan(at.northeast.y);
      expect(at.guayana.x).toBeGreaterThan(at.capital.x);
      // Every pair whose positions are apart keeps its order on the board.
      expect(
        keepsOrder(
          spots,
          sc.regions.map((r) => r.at!),
        ),
      ).toBe(true);
    });
  }

  it('random positions for 2-8 regions: no overlaps and inside the board; the order is kept whenever positions are used', () => {
    let kept = 0;
    let cases = 0;
    for (let n = 2; n <= 8; n += 1) {
      for (let seed = 1; seed <= 12; seed += 1) {
        const next = random(seed * 131 + n);
        const s = shares(n, seed * 7 + n);
        const ids = s.map((_, i) => `r${i}`);
        const schematic = ids.map(() => ({ at: [next(), next()] as [number, number] }));
        const spots = layoutBoard(ids, s, 0, schematic);
        expect(spots.map((p) => p.id)).toEqual(ids);
        expectClean(spots, `n ${n} seed ${seed}`);
        cases += 1;
        if (
          keepsOrder(
            spots,
            schematic.map((x) => x.at),
          )
        )
          kept += 1;
      }
    }
    // Random positions can crowd a corner; the ring is the fallback then, but it should be rare.
    expect(kept / cases).toBeGreaterThan(0.8);
  });
});

describe('neighbour lines', () => {
  it('join regions of the board only, each pair once, never a region to itself', () => {
    const ids = ['a', 'b', 'c'];
    const links = neighbourLinks(ids, [{ neighbours: ['b', 'zzz', 'a'] }, { neighbours: ['a', 'c'] }, { neighbours: [] }]);
    expect(links).toEqual([
      [0, 1],
      [1, 2],
    ]);
    expect(neighbourLinks(ids)).toEqual([]);
  });

  for (const id of VENEZUELA) {
    it(`${id}: every line joins two of its regions`, () => {
      const sc = scenario(id);
      const ids = sc.regions.map((r) => r.id);
      const links = neighbourLinks(ids, sc.regions);
      expect(links.length).toBe(11);
      for (const [a, b] of links) {
        expect(a).toBeLessThan(b);
        expect(b).toBeLessThan(ids.length);
        // Drawn both ways in the file: neighbours are mutual.
        expect(sc.regions[a].neighbours).toContain(ids[b]);
        expect(sc.regions[b].neighbours).toContain(ids[a]);
      }
    });
  }
});
