// The board's place on the Play screen: the labelled frame with a loading line, the Phaser board
// loaded lazily into it (Phaser stays out of the initial chunk), and the words it draws, which come
// from board-text.ts in the page's language (the view layer imports no UI).
import type { GameEvent, GameState } from '../../model/types';
import type { BoardCallbacks } from '../../view/board-scene';
import type { BoardHandle } from '../../view/board';
import { h } from '../dom';
import { t } from '../i18n';
import { boardLabels } from './board-text';

export interface BoardHost {
  /** The frame the canvas goes in (#board). */
  element: HTMLElement;
  /** The board once loaded, else null. */
  board(): BoardHandle | null;
  show(state: GameState, events: readonly GameEvent[], selected: string | null, step: number): void;
  /** Re-word the frame and the words drawn on the canvas, redrawing nothing else. */
  relocalize(state: GameState): void;
  destroy(): void;
}

/**
 * Start loading the board; `current()` gives what to draw once it is ready (the game may have moved
 * on while Phaser loaded).
 */
export function hostBoard(callbacks: BoardCallbacks, reducedMotion: boolean, current: () => { state: GameState; selected: string | null; step: number }): BoardHost {
  const loading = h('div', { class: 'board-loading' });
  const element = h('div', { class: 'board-wrap', id: 'board', 'aria-describedby': 'board-description', role: 'img' }, loading);
  let board: BoardHandle | null = null;
  let failure: string | null = null;
  let destroyed = false;

  const word = () => {
    element.setAttribute('aria-label', t('Schematic board: regions sized by population and coloured by state. Click a region to add a token of troops; right-click or shift-click to take one back.'));
    loading.textContent = failure === null ? t('Loading the board…') : t('The board could not be drawn ({error}); the panels still play the game.', { error: failure });
  };
  word();

  void import('../../view/board')
    .then(({ createBoard }) => createBoard(element, callbacks, reducedMotion))
    .then((handle) => {
      if (destroyed) {
        handle.destroy();
        return;
      }
      board = handle;
      loading.remove();
      element.dataset.ready = 'true';
      const now = current();
      board.show(now.state, [], now.selected, now.step, boardLabels(now.state));
    })
    .catch((err: unknown) => {
      failure = (err as Error).message;
      word();
    });

  return {
    element,
    board: () => board,
    show(state, events, selected, step) {
      board?.show(state, events, selected, step, boardLabels(state));
    },
    relocalize(state) {
      word();
      board?.relabel(state, boardLabels(state));
    },
    destroy() {
      destroyed = true;
      board?.destroy();
      board = null;
    },
  };
}
