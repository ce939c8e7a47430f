// How one region of the schematic board is painted: its circle in a state colour (any colour between
// two states while a change animates), the capital ring, the selection and hover/focus rings, its
// tokens and its last die. Pure drawing on Phaser objects the scene made; no rule, no words.
import type Phaser from 'phaser';
import type { EntryExplanation, RegionStatus } from '../model/types';
import type { RegionSpot } from './layout';

export const STATUS_FILL: Record<RegionStatus, number> = {
  'not-entered': 0x6b7079,
  'being-entered': 0x946800,
  entered: 0x2f6fb5,
  stabilized: 0x2b7a4b,
  contested: 0x8e44ad,
  failed: 0xc0392b,
};

export const FONT = 'system-ui, -apple-system, "Segoe UI", Roboto, sans-serif';
/** Selection (gold, as the region row's) and hover/keyboard focus (blue, as the page's focus ring). */
const SELECTED = 0xffb000;
const HIGHLIGHT = 0x0b57d0;

export interface RegionSprite {
  spot: RegionSpot;
  container: Phaser.GameObjects.Container;
  shape: Phaser.GameObjects.Graphics;
  /** The hover/focus ring, outside the circle. */
  ring: Phaser.GameObjects.Graphics;
  name: Phaser.GameObjects.Text;
  status: Phaser.GameObjects.Text;
  tokens: Phaser.GameObjects.Graphics;
  count: Phaser.GameObjects.Text;
  die: Phaser.GameObjects.Container;
  dieBox: Phaser.GameObjects.Graphics;
  dieText: Phaser.GameObjects.Text;
  /** The region's own pointer target: a circle the size of the region. */
  hit: Phaser.GameObjects.Zone;
  capital: boolean;
  /** The colour the circle is painted now (between two state colours while a change animates). */
  fill: number;
  selected: boolean;
  highlighted: boolean;
}

/** The circle in `fill`, the capital's inner ring and the outline (thick gold when selected). */
export function paintShape(sprite: RegionSprite, fill: number): void {
  const { radius } = sprite.spot;
  const g = sprite.shape;
  sprite.fill = fill;
  g.clear();
  g.fillStyle(0x000000, 0.12);
  g.fillCircle(3, 4, radius);
  g.fillStyle(fill, 1);
  g.fillCircle(0, 0, radius);
  if (sprite.capital) {
    g.lineStyle(4, 0xffffff, 0.9);
    g.strokeCircle(0, 0, radius - 7);
  }
  g.lineStyle(sprite.selected ? 6 : 2, sprite.selected ? SELECTED : 0x1b1b1b, 1);
  g.strokeCircle(0, 0, radius);
}

/** The hover/focus ring: a blue ring just outside the circle, with a white edge so it shows on any colour. */
export function paintRing(sprite: RegionSprite, on: boolean): void {
  sprite.highlighted = on;
  const g = sprite.ring;
  g.clear();
  if (!on) return;
  const r = sprite.spot.radius + 7;
  g.lineStyle(7, 0xffffff, 1);
  g.strokeCircle(0, 0, r);
  g.lineStyle(4, HIGHLIGHT, 1);
  g.strokeCircle(0, 0, r);
}

/** Token squares: one per token of troops, up to a row of ten (five on a small circle); the count says the rest. */
export function paintTokens(sprite: RegionSprite, tokens: number): void {
  const { radius } = sprite.spot;
  const shown = Math.min(tokens, radius >= 60 ? 10 : 5);
  const size = tokenSide(radius);
  const gap = 3;
  const rowWidth = shown * size + Math.max(0, shown - 1) * gap;
  const t = sprite.tokens;
  t.clear();
  for (let k = 0; k < shown; k += 1) {
    const x = -rowWidth / 2 + k * (size + gap);
    const y = radius >= 60 ? 8 : 4;
    t.fillStyle(0xffffff, 1);
    t.fillRect(x, y, size, size);
    t.lineStyle(1.5, 0x1b1b1b, 1);
    t.strokeRect(x, y, size, size);
  }
}

export function tokenSide(radius: number): number {
  return radius >= 60 ? 12 : 10;
}

export function paintDie(sprite: RegionSprite, x: EntryExplanation): void {
  sprite.dieBox.clear();
  sprite.dieBox.fillStyle(x.advanced ? 0x2e8b57 : 0xc0392b, 1);
  sprite.dieBox.fillRoundedRect(-20, -20, 40, 40, 8);
  sprite.dieBox.lineStyle(2, 0xffffff, 1);
  sprite.dieBox.strokeRoundedRect(-20, -20, 40, 40, 8);
  sprite.dieText.setText(String(x.die));
  sprite.die.setVisible(true).setAlpha(1).setScale(1);
}

/** The colour a share `t` (0-1) of the way from `from` to `to`, channel by channel. */
export function mixColour(from: number, to: number, t: number): number {
  const k = Math.min(1, Math.max(0, t));
  let out = 0;
  for (const shift of [16, 8, 0]) {
    const a = (from >> shift) & 0xff;
    const b = (to >> shift) & 0xff;
    out |= Math.round(a + (b - a) * k) << shift;
  }
  return out;
}
