// Schematic board layout: regions as circles sized by population share, the capital region in the
// middle and the others on a ring in scenario order. Pure geometry (no Phaser), in board units.
// Circles shrink together until none overlaps and every name and troop line fits on the board.

export const BOARD_WIDTH = 800;
export const BOARD_HEIGHT = 600;
/** Room kept above the circles for the phase title, and under each circle for its two label lines. */
export const TITLE_SPACE = 30;
export const LABEL_SPACE = 40;
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

const CX = BOARD_WIDTH / 2;
const CY = 285;
const RING_X = 272;
const RING_Y = 195;

function place(ids: readonly string[], shares: readonly number[], capitalIndex: number, scale: number): RegionSpot[] {
  const n = ids.length;
  const maxShare = Math.max(...shares);
  const maxRadius = n <= 3 ? 150 : n <= 5 ? 120 : 100;
  const radiusOf = (share: number) => Math.max(MIN_RADIUS, maxRadius * scale * Math.sqrt(share / maxShare));
  const others = ids.map((_, i) => i).filter((i) => i !== capitalIndex);
  const m = others.length;
  const spots: RegionSpot[] = new Array(n);
  spots[capitalIndex] = { id: ids[capitalIndex], x: CX, y: CY, radius: radiusOf(shares[capitalIndex]) };
  others.forEach((index, k) => {
    // Start top-left and go clockwise; half a step of offset keeps two regions side by side.
    const angle = -Math.PI / 2 + ((k + 0.5) / m) * Math.PI * 2;
    spots[index] = { id: ids[index], x: CX + RING_X * Math.cos(angle), y: CY + RING_Y * Math.sin(angle), radius: radiusOf(shares[index]) };
  });
  return spots;
}

function fits(spots: readonly RegionSpot[]): boolean {
  for (const p of spots) {
    if (p.x - Math.max(p.radius, LABEL_HALF_WIDTH) < 0 || p.x + Math.max(p.radius, LABEL_HALF_WIDTH) > BOARD_WIDTH) return false;
    if (p.y - p.radius < TITLE_SPACE || p.y + p.radius + LABEL_SPACE > BOARD_HEIGHT) return false;
  }
  for (let i = 0; i < spots.length; i += 1) {
    for (let j = 0; j < spots.length; j += 1) {
      if (i === j) continue;
      const a = spots[i];
      const b = spots[j];
      if (j > i && Math.hypot(a.x - b.x, a.y - b.y) <= a.radius + b.radius + GAP) return false;
      // a's name and troop lines must not run into circle b.
      const nx = Math.max(a.x - LABEL_CHECK_HALF_WIDTH, Math.min(b.x, a.x + LABEL_CHECK_HALF_WIDTH));
      const ny = Math.max(a.y + a.radius, Math.min(b.y, a.y + a.radius + LABEL_SPACE));
      if (Math.hypot(b.x - nx, b.y - ny) <= b.radius + 2) return false;
    }
  }
  return true;
}

export function layoutBoard(ids: readonly string[], shares: readonly number[], capitalIndex: number): RegionSpot[] {
  if (ids.length === 1) return [{ id: ids[0], x: CX, y: CY, radius: 170 }];
  let spots = place(ids, shares, capitalIndex, 1);
  for (let scale = 1; scale > 0.2 && !fits(spots); scale *= 0.95) spots = place(ids, shares, capitalIndex, scale);
  return spots;
}
