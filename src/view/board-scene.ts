// The Phaser scene that draws the schematic board from a GameState: one circle per region sized by
// population, coloured by state, with its name, troop tokens and the last die roll. It decides no
// rule: clicks become requests to the DOM controller, and tweens only replay events after the state
// is already drawn in its final form. Its words come from the UI layer (BoardLabels), already in the
// page's language, so the scene holds no text of its own.
import Phaser from 'phaser';
import type { EntryExplanation, GameEvent, GameState, RegionStatus } from '../model/types';
import { BOARD_HEIGHT, BOARD_WIDTH, layoutBoard, type RegionSpot } from './layout';

export const STATUS_FILL: Record<RegionStatus, number> = {
  'not-entered': 0x6b7079,
  'being-entered': 0x946800,
  entered: 0x2f6fb5,
  stabilized: 0x2b7a4b,
  contested: 0x8e44ad,
  failed: 0xc0392b,
};

/** The words drawn on the board, in the page's language (src/ui/play/board-text.ts builds them). */
export interface BoardLabels {
  title: string;
  /** One per region, in the state's order: the state word inside the circle, the troops under it. */
  regions: { name: string; status: string; troops: string }[];
}

interface RegionSprite {
  spot: RegionSpot;
  container: Phaser.GameObjects.Container;
  shape: Phaser.GameObjects.Graphics;
  name: Phaser.GameObjects.Text;
  status: Phaser.GameObjects.Text;
  tokens: Phaser.GameObjects.Graphics;
  count: Phaser.GameObjects.Text;
  die: Phaser.GameObjects.Container;
  dieBox: Phaser.GameObjects.Graphics;
  dieText: Phaser.GameObjects.Text;
}

export interface BoardCallbacks {
  /** The player clicked a region: +1 token (left click) or −1 (right or shift click). */
  onRegion(id: string, delta: 1 | -1): void;
}

const FONT = 'system-ui, -apple-system, "Segoe UI", Roboto, sans-serif';

export class BoardScene extends Phaser.Scene {
  private sprites = new Map<string, RegionSprite>();
  private callbacks: BoardCallbacks | null = null;
  private reducedMotion = false;
  private selected: string | null = null;
  private tokenSize = 1;
  private title!: Phaser.GameObjects.Text;
  /** Tweens still running (the page reads it to know when an animation is over). */
  animating = 0;
  /** Scene time of the last redraw; the loop sleeps once the board has been still for a while. */
  private lastActivity = -1;

  constructor() {
    super('BoardScene');
  }

  configure(callbacks: BoardCallbacks, reducedMotion: boolean) {
    this.callbacks = callbacks;
    this.reducedMotion = reducedMotion;
  }

  create() {
    this.input.mouse?.disableContextMenu();
    this.title = this.add.text(BOARD_WIDTH / 2, 14, '', { fontFamily: FONT, fontSize: '20px', color: '#333333', resolution: 2 }).setOrigin(0.5, 0);
    this.input.on('pointerdown', (pointer: Phaser.Input.Pointer) => {
      const hit = [...this.sprites.values()].find((s) => Math.hypot(pointer.worldX - s.spot.x, pointer.worldY - s.spot.y) <= s.spot.radius + 8);
      if (!hit || !this.callbacks) return;
      const remove = pointer.rightButtonDown() || (pointer.event as MouseEvent | undefined)?.shiftKey === true;
      this.callbacks.onRegion(hit.spot.id, remove ? -1 : 1);
    });
  }

  /**
   * Between turns nothing moves, so the render loop sleeps (a projector laptop stays cool and the
   * page stays responsive); every redraw or animation wakes it.
   */
  override update(time: number) {
    if (this.lastActivity < 0) this.lastActivity = time;
    if (this.animating === 0 && this.tweens.getTweens().length === 0 && time - this.lastActivity > 400) {
      this.lastActivity = -1;
      this.game.loop.sleep();
    }
  }

  private wake() {
    this.lastActivity = -1;
    if (!this.game.loop.running) this.game.loop.wake(true);
  }

  private build(state: GameState) {
    for (const sprite of this.sprites.values()) sprite.container.destroy();
    this.sprites.clear();
    const spots = layoutBoard(state.inputs.regionIds, state.inputs.share, state.inputs.capitalIndex);
    for (const spot of spots) {
      const container = this.add.container(spot.x, spot.y);
      const shape = this.add.graphics();
      const big = spot.radius >= 60;
      // The name and troop count sit under the circle in dark text (readable on any state colour);
      // the state is written inside.
      const name = this.add.text(0, spot.radius + 3, '', { fontFamily: FONT, fontSize: big ? '21px' : '18px', fontStyle: 'bold', color: '#1b1b1b', align: 'center', resolution: 2 }).setOrigin(0.5, 0);
      // The state word must fit inside the circle: "being entered" is the longest.
      const statusSize = Math.round(Math.min(18, Math.max(11, spot.radius * 0.23)));
      const status = this.add.text(0, big ? -14 : -10, '', { fontFamily: FONT, fontSize: `${statusSize}px`, color: '#ffffff', fontStyle: 'bold', resolution: 2 }).setOrigin(0.5, 0.5);
      const tokens = this.add.graphics();
      const count = this.add.text(0, spot.radius + 26, '', { fontFamily: FONT, fontSize: '16px', color: '#333333', resolution: 2 }).setOrigin(0.5, 0);
      const dieBox = this.add.graphics();
      const dieText = this.add.text(0, 0, '', { fontFamily: FONT, fontSize: '20px', fontStyle: 'bold', color: '#ffffff', resolution: 2 }).setOrigin(0.5);
      const die = this.add.container(spot.radius * 0.72, -spot.radius * 0.72, [dieBox, dieText]).setVisible(false);
      container.add([shape, tokens, name, status, count, die]);
      this.sprites.set(spot.id, { spot, container, shape, name, status, tokens, count, die, dieBox, dieText });
    }
  }

  /** Draw the state as it is now (final), then replay the turn's events as short tweens. */
  show(state: GameState, events: readonly GameEvent[], selected: string | null, tokenSize: number, labels: BoardLabels) {
    this.wake();
    if (this.sprites.size !== state.regions.length || state.regions.some((r) => !this.sprites.has(r.id))) this.build(state);
    this.selected = selected;
    this.tokenSize = tokenSize;
    this.title.setText(labels.title);
    state.regions.forEach((region, i) => {
      this.drawRegion(state, i, region.id, labels.regions[i] ?? { name: state.inputs.regionNames[i], status: '', troops: '' });
    });
    this.replay(state, events);
  }

  /** Put new words on the board as drawn (a language switch): nothing else is redrawn or replayed. */
  relabel(state: GameState, labels: BoardLabels) {
    if (!this.title) return;
    this.wake();
    this.title.setText(labels.title);
    state.regions.forEach((region, i) => {
      const sprite = this.sprites.get(region.id);
      if (sprite) this.labelRegion(sprite, labels.regions[i] ?? { name: state.inputs.regionNames[i], status: '', troops: '' });
    });
  }

  /** The text the board shows now (tests read it to check the language of the canvas). */
  texts(): string[] {
    const out = [this.title.text];
    for (const sprite of this.sprites.values()) out.push(sprite.name.text, sprite.status.text, sprite.count.text);
    return out;
  }

  private drawRegion(state: GameState, index: number, id: string, label: BoardLabels['regions'][number]) {
    const sprite = this.sprites.get(id)!;
    const region = state.regions[index];
    const { radius } = sprite.spot;
    const g = sprite.shape;
    g.clear();
    g.fillStyle(0x000000, 0.12);
    g.fillCircle(3, 4, radius);
    g.fillStyle(STATUS_FILL[region.status], 1);
    g.fillCircle(0, 0, radius);
    if (state.inputs.capitalIndex === index && state.regions.length > 1) {
      g.lineStyle(4, 0xffffff, 0.9);
      g.strokeCircle(0, 0, radius - 7);
    }
    g.lineStyle(this.selected === id ? 6 : 2, this.selected === id ? 0xffb000 : 0x1b1b1b, 1);
    g.strokeCircle(0, 0, radius);
    this.labelRegion(sprite, label);
    // Tokens: one square per token of troops, up to a row of ten; the number says the rest.
    const tokens = Math.round(region.troops / this.tokenSize);
    const shown = Math.min(tokens, radius >= 60 ? 10 : 5);
    const size = radius >= 60 ? 12 : 10;
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
    sprite.container.setScale(1);
  }

  /** A region's words: name, state (shrunk to fit its circle) and troops under the name. */
  private labelRegion(sprite: RegionSprite, label: BoardLabels['regions'][number]) {
    sprite.name.setText(label.name);
    sprite.status.setText(label.status);
    // A longer word (Spanish "entrada lograda") shrinks to stay inside the circle.
    sprite.status.setScale(1);
    const room = sprite.spot.radius * 1.8;
    if (sprite.status.width > room) sprite.status.setScale(room / sprite.status.width);
    sprite.count.setText(label.troops);
    sprite.count.setY(sprite.name.y + sprite.name.height - 2);
  }

  private showDie(sprite: RegionSprite, x: EntryExplanation) {
    sprite.dieBox.clear();
    sprite.dieBox.fillStyle(x.advanced ? 0x2e8b57 : 0xc0392b, 1);
    sprite.dieBox.fillRoundedRect(-20, -20, 40, 40, 8);
    sprite.dieBox.lineStyle(2, 0xffffff, 1);
    sprite.dieBox.strokeRoundedRect(-20, -20, 40, 40, 8);
    sprite.dieText.setText(String(x.die));
    sprite.die.setVisible(true).setAlpha(1).setScale(1);
  }

  private replay(state: GameState, events: readonly GameEvent[]) {
    const dayEvent = events.find((e) => e.type === 'entry/day');
    for (const sprite of this.sprites.values()) {
      const x = dayEvent?.type === 'entry/day' ? dayEvent.explanations.find((e) => e.region === sprite.spot.id) : undefined;
      if (x) this.showDie(sprite, x);
      else if (events.length && events.some((e) => e.type === 'entry/day' || e.type === 'control/month' || e.type === 'entry/ended')) sprite.die.setVisible(false);
      else if (state.phase !== 'entry') sprite.die.setVisible(false);
    }
    if (this.reducedMotion) return;
    for (const event of events) {
      if (event.type === 'entry/day') {
        for (const x of event.explanations) {
          const sprite = this.sprites.get(x.region);
          if (!sprite) continue;
          this.pulse(sprite.die, 0.4, 1, 260);
        }
      } else if (event.type === 'region/entered' || event.type === 'region/culminated') {
        const sprite = this.sprites.get(event.region);
        if (sprite) this.pulse(sprite.container, 1.12, 1, 360, true);
      } else if (event.type === 'control/month') {
        for (const x of event.explanations) {
          const sprite = this.sprites.get(x.region);
          if (sprite) this.pulse(sprite.container, 1.05, 1, 300, true);
        }
      } else if (event.type === 'allocation/changed') {
        const sprite = this.sprites.get(event.region);
        if (sprite) this.pulse(sprite.tokens, 1.15, 1, 160, true);
      }
    }
  }

  /** Scale from `from` to `to` (or out and back with yoyo); the drawn state itself never changes. */
  private pulse(target: Phaser.GameObjects.Components.Transform & Phaser.GameObjects.GameObject, from: number, to: number, duration: number, yoyo = false) {
    this.animating += 1;
    const done = () => {
      this.animating = Math.max(0, this.animating - 1);
    };
    if (yoyo) {
      target.setScale(1);
      this.tweens.add({ targets: target, scale: from, duration: duration / 2, yoyo: true, ease: 'Sine.easeInOut', onComplete: done, onStop: done });
    } else {
      target.setScale(from);
      this.tweens.add({ targets: target, scale: to, duration, ease: 'Back.easeOut', onComplete: done, onStop: done });
    }
  }

  /** A longer decorative replay for frame-rate measurement (benchmark only). */
  demoAnimation(durationMs: number) {
    this.wake();
    for (const sprite of this.sprites.values()) {
      this.animating += 1;
      this.tweens.add({
        targets: sprite.container,
        scale: 1.1,
        duration: durationMs / 4,
        yoyo: true,
        repeat: 1,
        ease: 'Sine.easeInOut',
        onComplete: () => {
          this.animating = Math.max(0, this.animating - 1);
        },
      });
    }
  }
}

export { BOARD_WIDTH, BOARD_HEIGHT };
