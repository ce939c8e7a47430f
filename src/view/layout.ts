// Schematic board layout: regions as circles sized by population share. Pure geometry (no Phaser), in
// board units. Where every region of the scenario gives its rough relative position (`at`, a design
// choice of the scenario file, not a map), the circles start there and are pushed apart until none
// overlaps and every label stays on the board; otherwise the capital region sits in the middle and
// the others on a ring in scenario order. Either way circles shrink together until everything fits.
// Neighbour lines (`neighbours`) are drawing only: the model never reads them.

export const BOARD_WIDTH = 800;
export const BOARD_HEIGHT = 600;
/** Room kept above the circles for the phase title, and under each circle for its two label lines. */
export const TITLE_SPACE = 30;
export const LABEL_SPACE = 40;
/** Where tokens wait before they travel to a region (top-left, beside the title, above every circle). */
export const RESERVE_SPOT = { x: 22, y: 15 } as const;
/** Half the width a region name needs under its circle. */
const LABEL_HALF_WIDTH = 90;
/** A typical name's half width, for keeping labels clear of the neighbouring circles. */
const LABEL_CHECK_HALF_WIDTH = 72;
const MIN_RADIUS = 40;
const GAP = 6;

export interface RegionSpot {
  id: string;
  x: number;
  y: number;
  radius: number;
}

/** What a scenario says about one region's place on the schematic (both optional, drawing only). */
export interface RegionSchematic {
  at?: readonly [number, number];
  neighbours?: readonly string[];
}

const CX = BOARD_WIDTH / 2;
const CY = 285;
const RING_X = 272;
const RING_Y = 195;

/** The box a position of 0-1 board units is drawn in: a circle centre never leaves it at scale 1. */
const AREA = { left: LABEL_HALF_WIDTH, right: BOARD_WIDTH - LABEL_HALF_WIDTH, top: TITLE_SPACE + 60, bottom: BOARD_HEIGHT - LABEL_SPACE - 60 };

function radiusFor(shares: readonly number[], scale: number): (share: number) => number {
  const n = shares.length;
  const maxShare = Math.max(...shares);
  const maxRadius = n <= 3 ? 150 : n <= 5 ? 120 : 100;
  return (share) => Math.max(MIN_RADIUS, maxRadius * scale * Math.sqrt(share / maxShare));
}

function placeRing(ids: readonly string[], shares: readonly number[], capitalIndex: number, scale: number): RegionSpot[] {
  const radiusOf = radiusFor(shares, scale);
  const others = ids.map((_, i) => i).filter((i) => i !== capitalIndex);
  const m = others.length;
  const spots: RegionSpot[] = new Array(ids.length);
  spots[capitalIndex] = { id: ids[capitalIndex], x: CX, y: CY, radius: radiusOf(shares[capitalIndex]) };
  others.forEach((index, k) => {
    // Start top-left and go clockwise; half a step of offset keeps two regions side by side.
    const angle = -Math.PI / 2 + ((k + 0.5) / m) * Math.PI * 2;
    spots[index] = { id: ids[index], x: CX + RING_X * Math.cos(angle), y: CY + RING_Y * Math.sin(angle), radius: radiusOf(shares[index]) };
  });
  return spots;
}

/** The board point of a position in 0-1 board units. */
export function anchorOf(at: readonly [number, number]): { x: number; y: number } {
  return { x: AREA.left + at[0] * (AREA.right - AREA.left), y: AREA.top + at[1] * (AREA.bottom - AREA.top) };
}

/** Keep a circle and its labels on the board. */
function clamp(p: RegionSpot) {
  const half = Math.max(p.radius, LABEL_HALF_WIDTH);
  p.x = Math.min(BOARD_WIDTH - half, Math.max(half, p.x));
  p.y = Math.min(BOARD_HEIGHT - p.radius - LABEL_SPACE, Math.max(TITLE_SPACE + p.radius, p.y));
}

/** The point of a's label lines nearest to b's centre. */
function labelPoint(a: RegionSpot, b: RegionSpot): { x: number; y: number } {
  return {
    x: Math.max(a.x - LABEL_CHECK_HALF_WIDTH, Math.min(b.x, a.x + LABEL_CHECK_HALF_WIDTH)),
    y: Math.max(a.y + a.radius, Math.min(b.y, a.y + a.radius + LABEL_SPACE)),
  };
}

/** Move b (and a, half each when `both`) so that b's centre is `need` away from point p. */
function pushFrom(p: { x: number; y: number }, a: RegionSpot, b: RegionSpot, need: number, both: boolean) {
  let dx = b.x - p.x;
  let dy = b.y - p.y;
  let d = Math.hypot(dx, dy);
  if (d < 1e-6) {
    dx = b.x >= a.x ? 1 : -1;
    dy = 0.3;
    d = Math.hypot(dx, dy);
  }
  const move = need - d;
  if (move <= 0) return;
  const share = both ? 0.5 : 1;
  b.x += (dx / d) * move * share;
  b.y += (dy / d) * move * share;
  if (both) {
    a.x -= (dx / d) * move * share;
    a.y -= (dy / d) * move * share;
  }
}

/** Circles at their positions, then pushed apart (a weak pull keeps each near its position). */
function placeAt(ids: readonly string[], shares: readonly number[], at: readonly (readonly [number, number])[], scale: number): RegionSpot[] {
  const radiusOf = radiusFor(shares, scale);
  const anchors = at.map(anchorOf);
  const spots = ids.map((id, i) => ({ id, ...anchors[i], radius: radiusOf(shares[i]) }));
  spots.forEach(clamp);
  for (let round = 0; round < 240; round += 1) {
    for (let i = 0; i < spots.length; i += 1) {
      for (let j = 0; j < spots.length; j += 1) {
        if (i === j) continue;
        const a = spots[i];
        const b = spots[j];
        if (j > i) pushFrom(a, a, b, a.radius + b.radius + GAP + 2, true);
        pushFrom(labelPoint(a, b), a, b, b.radius + 4, false);
      }
    }
    spots.forEach((p, i) => {
      p.x += (anchors[i].x - p.x) * 0.02;
      p.y += (anchors[i].y - p.y) * 0.02;
      clamp(p);
    });
  }
  return spots;
}

function fits(spots: readonly RegionSpot[]): boolean {
  for (const p of spots) {
    if (p.x - Math.max(p.radius, LABEL_HALF_WIDTH) < -1e-9 || p.x + Math.max(p.radius, LABEL_HALF_WIDTH) > BOARD_WIDTH + 1e-9) return false;
    if (p.y - p.radius < TITLE_SPACE - 1e-9 || p.y + p.radius + LABEL_SPACE > BOARD_HEIGHT + 1e-9) return false;
  }
  for (let i = 0; i < spots.length; i += 1) {
    for (let j = 0; j < spots.length; j += 1) {
      if (i === j) continue;
      const a = spots[i];
      const b = spots[j];
      if (j > i && Math.hypot(a.x - b.x, a.y - b.y) <= a.radius + b.radius + GAP) return false;
      // a's name and troop lines must not run into circle b.
      const n = labelPoint(a, b);
      if (Math.hypot(b.x - n.x, b.y - n.y) <= b.radius + 2) return false;
    }
  }
  return true;
}

/** Positions further apart than this (0-1 units) keep their order west→east and north→south on the board. */
export const ORDER_KEPT_BEYOND = 0.1;

/** True when every pair of regions whose positions differ by more than ORDER_KEPT_BEYOND on an axis keeps that order. */
export function keepsOrder(spots: readonly RegionSpot[], at: readonly (readonly [number, number])[]): boolean {
  for (let i = 0; i < spots.length; i += 1) {
    for (let j = 0; j < spots.length; j += 1) {
      if (at[j][0] - at[i][0] > ORDER_KEPT_BEYOND && !(spots[j].x > spots[i].x)) return false;
      if (at[j][1] - at[i][1] > ORDER_KEPT_BEYOND && !(spots[j].y > spots[i].y)) return false;
    }
  }
  return true;
}

/** Every region's position, or null when any region lacks one (the ring layout is used then). */
export function positionsOf(schematic: readonly RegionSchematic[] | undefined, count: number): (readonly [number, number])[] | null {
  if (!schematic || schematic.length !== count || count < 2) return null;
  const at = schematic.map((s) => s.at);
  return at.every((p): p is readonly [number, number] => Array.isArray(p) && p.every((v) => Number.isFinite(v))) ? at : null;
}

export function layoutBoard(ids: readonly string[], shares: readonly number[], capitalIndex: number, schematic?: readonly RegionSchematic[]): RegionSpot[] {
  if (ids.length === 1) return [{ id: ids[0], x: CX, y: CY, radius: 170 }];
  const at = positionsOf(schematic, ids.length);
  if (at) {
    for (let scale = 1; scale > 0.2; scale *= 0.95) {
      const spots = placeAt(ids, shares, at, scale);
      if (fits(spots) && keepsOrder(spots, at)) return spots;
    }
  }
  let spots = placeRing(ids, shares, capitalIndex, 1);
  for (let scale = 1; scale > 0.2 && !fits(spots); scale *= 0.95) spots = placeRing(ids, shares, capitalIndex, scale);
  return spots;
}

/** The neighbour lines to draw: pairs of region indices (i < j), each once, between regions of this board only. */
export function neighbourLinks(ids: readonly string[], schematic?: readonly RegionSchematic[]): [number, number][] {
  if (!schematic || schematic.length !== ids.length) return [];
  const seen = new Set<string>();
  const links: [number, number][] = [];
  schematic.forEach((s, i) => {
    for (const other of s.neighbours ?? []) {
      const j = ids.indexOf(other);
      if (j < 0 || j === i) continue;
      const [a, b] = i < j ? [i, j] : [j, i];
      const key = `${a}:${b}`;
      if (seen.has(key)) continue;
      seen.add(key);
      links.push([a, b]);
    }
  });
  return links;
}
