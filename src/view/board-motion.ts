// A turn's events, played in order on the board after the engine has decided them: tokens travel
// from the reserve to the regions they were placed in (and back when taken out), then the day's dice
// show region by region, then each region whose state changed turns from its old colour to its new
// one, then the month's pulse. Only drawing: every number and state comes from the GameState and its
// events. With reduced motion none of this runs and the board shows the new state at once.
import type Phaser from 'phaser';
import type { GameEvent, GameState, RegionStatus } from '../model/types';
import { mixColour, paintShape, paintTokens, STATUS_FILL, tokenSide, type RegionSprite } from './board-paint';
import { RESERVE_SPOT } from './layout';

/** What the board showed for a region before this turn. */
export interface DrawnRegion {
  status: RegionStatus;
  troops: number;
}

export interface MotionHost {
  scene: Phaser.Scene;
  sprites: ReadonlyMap<string, RegionSprite>;
  tokenSize: number;
  /** Count one animation as running; call the returned function when it ends. */
  begin(): () => void;
  /** Objects made for the animation (travelling tokens), destroyed if the next turn cuts it short. */
  temporary: Phaser.GameObjects.GameObject[];
}

// Timings in milliseconds (design choices: a turn reads in about a second, shorter than auto-play's
// 900 ms pace plus its frame, and a faster next turn cuts the rest short).
const TRAVEL = 380;
const TRAVEL_STAGGER = 60;
const DIE = 240;
const DIE_STAGGER = 80;
const COLOUR = 420;
const COLOUR_STAGGER = 90;
const PULSE = 300;

/** Schedule the turn's animation; returns when it ends, in ms from now (0 when there is nothing to play). */
export function playTurn(host: MotionHost, state: GameState, events: readonly GameEvent[], before: ReadonlyMap<string, DrawnRegion>): number {
  let at = 0;
  at = travel(host, state, events, before, at);
  at = dice(host, events, at);
  at = colours(host, state, before, at);
  at = months(host, events, at);
  return at;
}

/** Tokens fly between the reserve spot and each region whose troops the turn's moves changed, in the events' order. */
function travel(host: MotionHost, state: GameState, events: readonly GameEvent[], before: ReadonlyMap<string, DrawnRegion>, start: number): number {
  const moved: string[] = [];
  for (const e of events) if (e.type === 'allocation/changed' && !moved.includes(e.region)) moved.push(e.region);
  let end = start;
  moved.forEach((id, k) => {
    const sprite = host.sprites.get(id);
    const region = state.regions.find((r) => r.id === id);
    const old = before.get(id);
    if (!sprite || !region || !old) return;
    const delta = region.troops - old.troops;
    if (delta === 0) return;
    const count = Math.min(3, Math.max(1, Math.round(Math.abs(delta) / host.tokenSize)));
    const side = tokenSide(sprite.spot.radius);
    const into = { x: sprite.spot.x, y: sprite.spot.y + (sprite.spot.radius >= 60 ? 14 : 10) };
    const [from, to] = delta > 0 ? [RESERVE_SPOT, into] : [into, RESERVE_SPOT];
    // The region's row shows its old count until the tokens land.
    if (delta > 0) paintTokens(sprite, Math.round(old.troops / host.tokenSize));
    for (let i = 0; i < count; i += 1) {
      const token = host.scene.add.rectangle(from.x, from.y, side, side, 0xffffff).setStrokeStyle(1.5, 0x1b1b1b).setDepth(20).setVisible(false);
      host.temporary.push(token);
      const done = host.begin();
      const delay = start + k * TRAVEL_STAGGER + i * 50;
      end = Math.max(end, delay + TRAVEL);
      host.scene.tweens.add({
        targets: token,
        x: to.x,
        y: to.y,
        delay,
        duration: TRAVEL,
        ease: 'Cubic.easeInOut',
        onStart: () => token.setVisible(true),
        onComplete: () => {
          token.destroy();
          if (i === count - 1) paintTokens(sprite, Math.round(region.troops / host.tokenSize));
          done();
        },
      });
    }
  });
  return end;
}

/** The day's dice pop up one region after another. */
function dice(host: MotionHost, events: readonly GameEvent[], start: number): number {
  const day = events.find((e) => e.type === 'entry/day');
  if (day?.type !== 'entry/day') return start;
  let end = start;
  day.explanations.forEach((x, k) => {
    const sprite = host.sprites.get(x.region);
    if (!sprite) return;
    const die = sprite.die;
    die.setScale(0.4).setAlpha(0);
    const delay = start + k * DIE_STAGGER;
    end = Math.max(end, delay + DIE);
    const done = host.begin();
    host.scene.tweens.add({ targets: die, scale: 1, alpha: 1, delay, duration: DIE, ease: 'Back.easeOut', onComplete: done });
  });
  return end;
}

/** Each region whose state changed turns from its old colour to its new one, with a small swell. */
function colours(host: MotionHost, state: GameState, before: ReadonlyMap<string, DrawnRegion>, start: number): number {
  let end = start;
  let k = 0;
  for (const region of state.regions) {
    const sprite = host.sprites.get(region.id);
    const old = before.get(region.id);
    if (!sprite || !old || old.status === region.status) continue;
    const from = STATUS_FILL[old.status];
    const to = STATUS_FILL[region.status];
    paintShape(sprite, from);
    const delay = start + k * COLOUR_STAGGER;
    k += 1;
    end = Math.max(end, delay + COLOUR);
    const done = host.begin();
    host.scene.tweens.addCounter({
      from: 0,
      to: 1,
      delay,
      duration: COLOUR,
      ease: 'Sine.easeInOut',
      onUpdate: (tween) => paintShape(sprite, mixColour(from, to, tween.getValue() ?? 0)),
      onComplete: () => {
        paintShape(sprite, to);
        done();
      },
    });
    pulse(host, sprite.container, 1.08, delay, COLOUR);
  }
  return end;
}

/** After a month, every region that was measured swells once, in order. */
function months(host: MotionHost, events: readonly GameEvent[], start: number): number {
  const month = events.find((e) => e.type === 'control/month');
  if (month?.type !== 'control/month') return start;
  let end = start;
  month.explanations.forEach((x, k) => {
    const sprite = host.sprites.get(x.region);
    if (!sprite) return;
    const delay = start + k * 50;
    end = Math.max(end, delay + PULSE);
    pulse(host, sprite.container, 1.05, delay, PULSE);
  });
  return end;
}

function pulse(host: MotionHost, target: Phaser.GameObjects.Container, scale: number, delay: number, duration: number) {
  const done = host.begin();
  host.scene.tweens.add({ targets: target, scale, delay, duration: duration / 2, yoyo: true, ease: 'Sine.easeInOut', onComplete: done });
}
