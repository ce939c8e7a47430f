// The board's place on the Play screen: the labelled frame with a loading line, the Phaser board
// loaded lazily into it (Phaser stays out of the initial chunk), and the words it draws, which come
// from board-text.ts in the page's language (the view layer imports no UI). It also joins the board
// and the region rows: hovering a circle marks its row, and the row that has keyboard focus rings its
// circle. Reduced motion follows the system setting, also when it changes while playing.
import { TEST_HOOKS } from '../../app/test-hooks';
import type { GameEvent, GameState } from '../../model/types';
import type { BoardCallbacks } from '../../view/board-scene';
import type { BoardHandle, DrawnSpot, RegionSchematic } from '../../view/board';
import { BOARD_WIDTH } from '../../view/layout';
import { h } from '../dom';
import { t } from '../i18n';
import { boardLabels } from './board-text';
import './board.css';

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

/** A region's circle as drawn, in board units and in page (client) pixels. */
export interface BoardSpotProbe extends DrawnSpot {
  clientX: number;
  clientY: number;
  clientRadius: number;
}

declare global {
  interface Window {
    /** Test builds: where each region is drawn on screen and what it shows (read-only). */
    __thresholdBoard?: { spots(): BoardSpotProbe[]; hoveredRow(): string | null; asleep(): boolean };
  }
}

const ROW = 'li.region[data-region]';

/** The region row an element sits in (its id), or null. */
function rowOf(element: Element | null): string | null {
  const row = element?.closest?.(ROW) as HTMLElement | null | undefined;
  return row?.dataset.region ?? null;
}

/**
 * Start loading the board; `current()` gives what to draw once it is ready (the game may have moved
 * on while Phaser loaded). `schematic` is the scenario's regions: their rough positions and
 * neighbours (drawing only).
 */
export function hostBoard(callbacks: BoardCallbacks, reducedMotion: boolean, current: () => { state: GameState; selected: string | null; step: number }, schematic?: readonly RegionSchematic[]): BoardHost {
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

  // The row under the pointer's circle is marked (board.css draws the mark).
  let hovered: string | null = null;
  const markRow = (id: string | null) => {
    hovered = id;
    for (const row of document.querySelectorAll<HTMLElement>(ROW)) {
      if (row.dataset.region === id) row.dataset.boardHover = 'true';
      else delete row.dataset.boardHover;
    }
  };
  const withHover: BoardCallbacks = {
    onRegion: (id, delta) => callbacks.onRegion(id, delta),
    onHover: (id) => {
      markRow(id);
      callbacks.onHover?.(id);
    },
  };
  // Keyboard focus in a region row rings that region on the board.
  const onFocus = () => board?.focus(rowOf(document.activeElement));
  document.addEventListener('focusin', onFocus);
  document.addEventListener('focusout', onFocus);
  const motion = window.matchMedia?.('(prefers-reduced-motion: reduce)');
  const onMotion = () => board?.setReducedMotion(motion?.matches ?? false);
  motion?.addEventListener?.('change', onMotion);

  void import('../../view/board')
    .then(({ createBoard }) => createBoard(element, withHover, reducedMotion, schematic))
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
      onFocus();
    })
    .catch((err: unknown) => {
      failure = (err as Error).message;
      word();
    });

  if (TEST_HOOKS)
    window.__thresholdBoard = {
      spots: () => {
        const canvas = element.querySelector('canvas');
        if (!board || !canvas) return [];
        const box = canvas.getBoundingClientRect();
        const scale = box.width / BOARD_WIDTH;
        return board.spots().map((s) => ({ ...s, clientX: box.left + s.x * scale, clientY: box.top + s.y * scale, clientRadius: s.radius * scale }));
      },
      hoveredRow: () => hovered,
      asleep: () => board?.asleep() ?? false,
    };

  return {
    element,
    board: () => board,
    show(state, events, selected, step) {
      board?.show(state, events, selected, step, boardLabels(state));
      // A turn may rebuild the rows: keep the hover mark and the focus ring where they were.
      markRow(hovered);
      onFocus();
    },
    relocalize(state) {
      word();
      board?.relabel(state, boardLabels(state));
    },
    destroy() {
      destroyed = true;
      document.removeEventListener('focusin', onFocus);
      document.removeEventListener('focusout', onFocus);
      motion?.removeEventListener?.('change', onMotion);
      board?.destroy();
      board = null;
      if (TEST_HOOKS) delete window.__thresholdBoard;
    },
  };
}
