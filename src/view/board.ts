// Board entry point, loaded lazily from the play screen (Phaser stays out of the initial chunk).
// Creates the Phaser game in a parent element and hands back a small handle the DOM controller uses.
// The canvas scales with its container (Scale FIT); the pointer stays on target after any layout
// change because the canvas bounds are re-read before each pointer event and on every resize, even
// while the render loop sleeps between turns.
import Phaser from 'phaser';
import type { GameEvent, GameState } from '../model/types';
import { BOARD_HEIGHT, BOARD_WIDTH, BoardScene, type BoardCallbacks, type BoardLabels, type DrawnSpot } from './board-scene';
import type { RegionSchematic } from './layout';

export type { BoardLabels, DrawnSpot, RegionSchematic };

export interface BoardHandle {
  show(state: GameState, events: readonly GameEvent[], selected: string | null, tokenSize: number, labels: BoardLabels): void;
  /** Put new words on the board (a language switch), drawing nothing else. */
  relabel(state: GameState, labels: BoardLabels): void;
  /** The region whose row has keyboard focus gets the hover ring (null: none). */
  focus(id: string | null): void;
  /** Reduced motion on or off (the system setting changed while playing). */
  setReducedMotion(on: boolean): void;
  /** The words drawn on the canvas now (title, reserve, then name, state and troops per region). */
  texts(): string[];
  /** Each region's circle in board units (800 × 600) with what it shows now. */
  spots(): DrawnSpot[];
  /** Tweens running now. */
  animating(): number;
  /** Phaser's measured frame rate. */
  fps(): number;
  /** True while the render loop sleeps (nothing has moved for a while). */
  asleep(): boolean;
  /** Run a decorative animation of about `ms` (benchmark). */
  demo(ms: number): void;
  destroy(): void;
}

export function createBoard(parent: HTMLElement, callbacks: BoardCallbacks, reducedMotion: boolean, schematic?: readonly RegionSchematic[]): Promise<BoardHandle> {
  return new Promise((resolve) => {
    const scene = new BoardScene();
    const game = new Phaser.Game({
      type: Phaser.AUTO,
      parent,
      width: BOARD_WIDTH,
      height: BOARD_HEIGHT,
      backgroundColor: '#fbfaf7',
      banner: false,
      audio: { noAudio: true },
      scale: { mode: Phaser.Scale.FIT, autoCenter: Phaser.Scale.CENTER_BOTH },
      scene: [],
      callbacks: {
        postBoot: () => {
          scene.configure(callbacks, reducedMotion, schematic);
          game.scene.add('BoardScene', scene, true);
          // Fresh canvas bounds before Phaser reads a pointer (capture runs before the canvas's own
          // listeners), and a refit whenever the container changes size.
          const bounds = () => game.scale.updateBounds();
          const events = ['pointerdown', 'pointermove', 'mousedown', 'mousemove', 'touchstart'] as const;
          for (const type of events) parent.addEventListener(type, bounds, { capture: true, passive: true });
          const resize =
            typeof ResizeObserver === 'function'
              ? new ResizeObserver(() => {
                  game.scale.getParentBounds();
                  game.scale.refresh();
                  scene.wake();
                })
              : null;
          resize?.observe(parent);
          const ready = () =>
            resolve({
              show: (state, events, selected, tokenSize, labels) => scene.show(state, events, selected, tokenSize, labels),
              relabel: (state, labels) => scene.relabel(state, labels),
              focus: (id) => scene.setFocused(id),
              setReducedMotion: (on) => scene.setReducedMotion(on),
              texts: () => scene.texts(),
              spots: () => scene.spots(),
              animating: () => scene.animating,
              fps: () => game.loop.actualFps,
              asleep: () => !game.loop.running,
              demo: (ms) => scene.demoAnimation(ms),
              destroy: () => {
                resize?.disconnect();
                for (const type of events) parent.removeEventListener(type, bounds, { capture: true });
                game.destroy(true);
              },
            });
          if (scene.sys.settings.status >= Phaser.Scenes.RUNNING) ready();
          else scene.events.once(Phaser.Scenes.Events.CREATE, ready);
        },
      },
    });
  });
}
