// Schematic board layout: regions as circles sized by population share, the capital region in the
// middle and the others on a ring in scenario order. Pure geometry (no Phaser), in board units.

export const BOARD_WIDTH = 800;
export const BOARD_HEIGHT = 600;

export interface RegionSpot {
  id: string;
  x: number;
  y: number;
  radius: number;
}

export function layoutBoard(ids: readonly string[], shares: readonly number[], capitalIndex: number): RegionSpot[] {
  const n = ids.length;
  const cx = BOARD_WIDTH / 2;
  const cy = BOARD_HEIGHT / 2 - 10;
  if (n === 1) return [{ id: ids[0], x: cx, y: cy, radius: 170 }];
  const others = ids.map((_, i) => i).filter((i) => i !== capitalIndex);
  const ringX = 272;
  const ringY = 200;
  // The largest circle fits between the centre and the ring; the smallest stays readable.
  const maxShare = Math.max(...shares);
  const maxRadius = n <= 3 ? 150 : n <= 5 ? 120 : 100;
  const minRadius = 42;
  const radiusOf = (share: number) => Math.max(minRadius, maxRadius * Math.sqrt(share / maxShare));
  const spots: RegionSpot[] = new Array(n);
  spots[capitalIndex] = { id: ids[capitalIndex], x: cx, y: cy, radius: radiusOf(shares[capitalIndex]) };
  others.forEach((index, k) => {
    // Start at the top-left and go clockwise, leaving the bottom centre free for the legend line.
    const angle = -Math.PI / 2 + ((k + 0.5) / others.length) * Math.PI * 2 - Math.PI / others.length / 2 + Math.PI / 8;
    let radius = radiusOf(shares[index]);
    const chord = 2 * Math.sin(Math.PI / others.length) * Math.min(ringX, ringY);
    radius = Math.min(radius, chord / 2 - 6, 120);
    spots[index] = { id: ids[index], x: cx + ringX * Math.cos(angle), y: cy + ringY * Math.sin(angle), radius: Math.max(minRadius, radius) };
  });
  return spots;
}
