// The Phaser scene that draws the schematic board from a GameState: one circle per region sized by
// population at its rough relative position, neighbour lines, its name, troop tokens and the last
// die roll, and the reserve the tokens come from. It decides no rule: a click on a region's own hit
// circle becomes a request to the DOM controller, hovering a region tells the controller (which
// highlights its row), and the controller tells the board which row has keyboard focus. A turn's
// events play in order (board-motion.ts); with reduced motion the new state is drawn at once. Its
// words come from the UI layer (BoardLabels), already in the page's language.
import Phaser from 'phaser';
import type { GameEvent, GameState } from '../model/types';
import { type DrawnRegion, playTurn } from './board-motion';
import { FONT, paintDie, paintRing, paintShape, paintTokens, type RegionSprite, STATUS_FILL } from './board-paint';
import { BOARD_HEIGHT, BOARD_WIDTH, layoutBoard, neighbourLinks, RESERVE_SPOT, type RegionSchematic, type RegionSpot } from './layout';

export { STATUS_FILL };

/** The words drawn on the board, in the page's language (src/ui/play/board-text.ts builds them). */
export interface BoardLabels {
  title: string;
  /** The reserve's share of the force, beside the spot tokens leave from. */
  reserve: string;
  /** One per region, in the state's order: the state word inside the circle, the troops under it. */
  regions: { name: string; status: string; troops: string }[];
}

export interface BoardCallbacks {
  /** The player clicked a region: +1 token (left click) or −1 (right or shift click). */
  onRegion(id: string, delta: 1 | -1): void;
  /** The pointer went onto a region (its id) or off every region (null). */
  onHover?(id: string | null): void;
}

/** What the board draws for a region now (tests read it through the board's test hook). */
export interface DrawnSpot extends RegionSpot {
  fill: number;
  highlighted: boolean;
  selected: boolean;
}

export class BoardScene extends Phaser.Scene {
  private sprites = new Map<string, RegionSprite>();
  private callbacks: BoardCallbacks | null = null;
  private reducedMotion = false;
  private schematic: readonly RegionSchematic[] | undefined;
  private selected: string | null = null;
  private hovered: string | null = null;
  private focused: string | null = null;
  private tokenSize = 1;
  private title!: Phaser.GameObjects.Text;
  private reserveText!: Phaser.GameObjects.Text;
  private links!: Phaser.GameObjects.Graphics;
  /** What each region showed after the last redraw: the next turn animates from it. */
  private drawn = new Map<string, DrawnRegion>();
  private temporary: Phaser.GameObjects.GameObject[] = [];
  /** Tweens still running (the page reads it to know when an animation is over). */
  animating = 0;
  /** Scene time of the last redraw; the loop sleeps once the board has been still for a while. */
  private lastActivity = -1;

  constructor() {
    super('BoardScene');
  }

  configure(callbacks: BoardCallbacks, reducedMotion: boolean, schematic?: readonly RegionSchematic[]) {
    this.callbacks = callbacks;
    this.reducedMotion = reducedMotion;
    this.schematic = schematic;
  }

  /** Reduced motion switched on or off while playing: from the next redraw on. */
  setReducedMotion(on: boolean) {
    this.reducedMotion = on;
  }

  create() {
    this.input.mouse?.disableContextMenu();
    this.links = this.add.graphics().setDepth(-1);
    this.title = this.add.text(BOARD_WIDTH / 2, 14, '', { fontFamily: FONT, fontSize: '20px', color: '#333333', resolution: 2 }).setOrigin(0.5, 0);
    const pile = this.add.graphics();
    for (const [dx, dy] of [
      [-4, 3],
      [0, 0],
    ]) {
      pile.fillStyle(0xffffff, 1).fillRect(RESERVE_SPOT.x - 6 + dx, RESERVE_SPOT.y - 6 + dy, 12, 12);
      pile.lineStyle(1.5, 0x1b1b1b, 1).strokeRect(RESERVE_SPOT.x - 6 + dx, RESERVE_SPOT.y - 6 + dy, 12, 12);
    }
    this.reserveText = this.add.text(RESERVE_SPOT.x + 14, RESERVE_SPOT.y, '', { fontFamily: FONT, fontSize: '16px', color: '#333333', resolution: 2 }).setOrigin(0, 0.5);
  }

  /**
   * Between turns nothing moves, so the render loop sleeps (a projector laptop stays cool and the
   * page stays responsive); every redraw, hover or animation wakes it.
   */
  override update(time: number) {
    if (this.lastActivity < 0) this.lastActivity = time;
    if (this.animating === 0 && this.tweens.getTweens().length === 0 && time - this.lastActivity > 400) {
      this.lastActivity = -1;
      this.game.loop.sleep();
    }
  }

  wake() {
    this.lastActivity = -1;
    if (!this.game.loop.running) this.game.loop.wake(true);
  }

  private build(state: GameState) {
    for (const sprite of this.sprites.values()) {
      sprite.container.destroy();
      sprite.hit.destroy();
    }
    this.sprites.clear();
    this.drawn.clear();
    const { regionIds, share, capitalIndex } = state.inputs;
    const schematic = this.schematic && this.schematic.length === regionIds.length ? this.schematic : undefined;
    const spots = layoutBoard(regionIds, share, capitalIndex, schematic);
    this.links.clear();
    this.links.lineStyle(3, 0x8a8f98, 0.55);
    for (const [a, b] of neighbourLinks(regionIds, schematic)) {
      this.links.lineBetween(spots[a].x, spots[a].y, spots[b].x, spots[b].y);
    }
    spots.forEach((spot, index) => {
      this.sprites.set(spot.id, this.buildRegion(spot, index === capitalIndex && spots.length > 1));
    });
  }

  private buildRegion(spot: RegionSpot, capital: boolean): RegionSprite {
    const container = this.add.container(spot.x, spot.y);
    const shape = this.add.graphics();
    const ring = this.add.graphics();
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
    container.add([ring, shape, tokens, name, status, count, die]);
    // The region's own hit area: a circle as large as the region (a Zone's local space starts at its top-left corner).
    const side = spot.radius * 2;
    const hit = this.add.zone(spot.x, spot.y, side, side).setInteractive({
      hitArea: new Phaser.Geom.Circle(spot.radius, spot.radius, spot.radius),
      hitAreaCallback: Phaser.Geom.Circle.Contains,
      useHandCursor: true,
    });
    hit.on('pointerdown', (pointer: Phaser.Input.Pointer) => {
      const remove = pointer.rightButtonDown() || (pointer.event as MouseEvent | undefined)?.shiftKey === true;
      this.callbacks?.onRegion(spot.id, remove ? -1 : 1);
    });
    hit.on('pointerover', () => this.hover(spot.id));
    hit.on('pointerout', () => {
      if (this.hovered === spot.id) this.hover(null);
    });
    return { spot, container, shape, ring, name, status, tokens, count, die, dieBox, dieText, hit, capital, fill: 0, selected: false, highlighted: false };
  }

  private hover(id: string | null) {
    this.hovered = id;
    this.paintHighlights();
    this.callbacks?.onHover?.(id);
  }

  /** The region whose row has keyboard focus (null: none); it gets the same ring as under the pointer. */
  setFocused(id: string | null) {
    if (this.focused === id) return;
    this.focused = id;
    this.paintHighlights();
  }

  private paintHighlights() {
    this.wake();
    for (const [id, sprite] of this.sprites) {
      const on = id === this.hovered || id === this.focused;
      if (on !== sprite.highlighted) paintRing(sprite, on);
    }
  }

  /** Draw the state as it is now, then (unless motion is reduced) play the turn's events in order. */
  show(state: GameState, events: readonly GameEvent[], selected: string | null, tokenSize: number, labels: BoardLabels) {
    this.wake();
    this.settle();
    if (this.sprites.size !== state.regions.length || state.regions.some((r) => !this.sprites.has(r.id))) this.build(state);
    this.selected = selected;
    this.tokenSize = tokenSize;
    this.relabel(state, labels);
    const before = new Map(this.drawn);
    state.regions.forEach((region) => {
      const sprite = this.sprites.get(region.id)!;
      sprite.selected = this.selected === region.id;
      paintShape(sprite, STATUS_FILL[region.status]);
      paintTokens(sprite, Math.round(region.troops / this.tokenSize));
      this.drawn.set(region.id, { status: region.status, troops: region.troops });
    });
    this.paintHighlights();
    this.showDice(state, events);
    if (this.reducedMotion || before.size === 0) return;
    playTurn({ scene: this, sprites: this.sprites, tokenSize: this.tokenSize, temporary: this.temporary, begin: () => this.begin() }, state, events, before);
  }

  private begin(): () => void {
    this.animating += 1;
    let ended = false;
    return () => {
      if (ended) return;
      ended = true;
      this.animating = Math.max(0, this.animating - 1);
    };
  }

  /** Cut any running animation short: every object back to its final form. */
  private settle() {
    this.tweens.killAll();
    for (const object of this.temporary) object.destroy();
    this.temporary = [];
    this.animating = 0;
    for (const sprite of this.sprites.values()) {
      sprite.container.setScale(1);
      sprite.die.setScale(1).setAlpha(1);
    }
  }

  private showDice(state: GameState, events: readonly GameEvent[]) {
    const day = events.find((e) => e.type === 'entry/day');
    const ends = events.some((e) => e.type === 'entry/day' || e.type === 'control/month' || e.type === 'entry/ended');
    for (const sprite of this.sprites.values()) {
      const x = day?.type === 'entry/day' ? day.explanations.find((e) => e.region === sprite.spot.id) : undefined;
      if (x) paintDie(sprite, x);
      else if (ends || state.phase !== 'entry') sprite.die.setVisible(false);
    }
  }

  /** Put new words on the board as drawn (a language switch): nothing else is redrawn or replayed. */
  relabel(state: GameState, labels: BoardLabels) {
    if (!this.title) return;
    this.wake();
    this.title.setText(labels.title);
    this.reserveText.setText(labels.reserve);
    state.regions.forEach((region, i) => {
      const sprite = this.sprites.get(region.id);
      if (sprite) this.labelRegion(sprite, labels.regions[i] ?? { name: state.inputs.regionNames[i], status: '', troops: '' });
    });
  }

  /** The text the board shows now: title, reserve, then each region's (tests read it to check the language of the canvas). */
  texts(): string[] {
    const out = [this.title.text, this.reserveText.text];
    for (const sprite of this.sprites.values()) out.push(sprite.name.text, sprite.status.text, sprite.count.text);
    return out;
  }

  /** Each region's place, size and what it shows now, in board units. */
  spots(): DrawnSpot[] {
    return [...this.sprites.values()].map((s) => ({ ...s.spot, fill: s.fill, highlighted: s.highlighted, selected: s.selected }));
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

  /** A longer decorative replay for frame-rate measurement (benchmark only). */
  demoAnimation(durationMs: number) {
    this.wake();
    for (const sprite of this.sprites.values()) {
      const done = this.begin();
      this.tweens.add({ targets: sprite.container, scale: 1.1, duration: durationMs / 4, yoyo: true, repeat: 1, ease: 'Sine.easeInOut', onComplete: done });
    }
  }
}

export { BOARD_WIDTH, BOARD_HEIGHT };
