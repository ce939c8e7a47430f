// Board entry point, loaded lazily from the play screen (Phaser stays out of the initial chunk).
// Creates the Phaser game in a parent element and hands back a small handle the DOM controller uses.
import Phaser from 'phaser';
import type { GameEvent, GameState } from '../model/types';
import { BOARD_HEIGHT, BOARD_WIDTH, BoardScene, type BoardCallbacks, type BoardLabels } from './board-scene';

export type { BoardLabels };

export interface BoardHandle {
  show(state: GameState, events: readonly GameEvent[], selected: string | null, tokenSize: number, labels: BoardLabels): void;
  /** Put new words on the board (a language switch), drawing nothing else. */
  relabel(state: GameState, labels: BoardLabels): void;
  /** The words drawn on the canvas now (title, then name, state and troops per region). */
  texts(): string[];
  /** Tweens running now. */
  animating(): number;
  /** Phaser's measured frame rate. */
  fps(): number;
  /** Run a decorative animation of about `ms` (benchmark). */
  demo(ms: number): void;
  destroy(): void;
}

export function createBoard(parent: HTMLElement, callbacks: BoardCallbacks, reducedMotion: boolean): Promise<BoardHandle> {
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
          scene.configure(callbacks, reducedMotion);
          game.scene.add('BoardScene', scene, true);
          const ready = () =>
            resolve({
              show: (state, events, selected, tokenSize, labels) => scene.show(state, events, selected, tokenSize, labels),
              relabel: (state, labels) => scene.relabel(state, labels),
              texts: () => scene.texts(),
              animating: () => scene.animating,
              fps: () => game.loop.actualFps,
              demo: (ms) => scene.demoAnimation(ms),
              destroy: () => game.destroy(true),
            });
          if (scene.sys.settings.status >= Phaser.Scenes.RUNNING) ready();
          else scene.events.once(Phaser.Scenes.Events.CREATE, ready);
        },
      },
    });
  });
}
